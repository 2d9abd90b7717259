#include "testsupport.h"

#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Folio;

// packaging/folio.1, the hand-written man page: groff renders it without a warning, and it
// cannot drift from the program. Its COMMANDS section has a subsection for exactly the
// commands `folio --help` lists, each listing exactly the options `folio COMMAND --help`
// prints, and its OPTIONS section exactly the options of `folio --help`.
class TestManPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersWithoutWarnings();
    void documentsEveryCommand();
    void documentsTheProgramsOptions();
    void documentsEachCommandsOptions_data();
    void documentsEachCommandsOptions();
    void documentsEveryOptionTheHelpNames();

private:
    struct ManPage
    {
        QStringList commands; // the COMMANDS section's subsections: "folio COMMAND ..."
        // The options on the tag lines (.TP) of OPTIONS (key "") and of each command.
        QMap<QString, QStringList> options;
    };
    static QString path() { return QStringLiteral(FOLIO_SOURCE_DIR "/packaging/folio.1"); }
    static ManPage manPage();
    // What `folio ARGUMENTS` prints on standard output; false, with its error output as a
    // warning, unless it exits 0 with some.
    [[nodiscard]] static bool help(const QStringList &arguments, QString *text);
    // A section of folio --help ("Commands:", "Options:"): its lines up to an empty one.
    static QString helpSection(const QString &help, const QString &title);
    static QStringList optionsIn(const QString &text);
    [[nodiscard]] static bool commandsInHelp(QStringList *commands);
};

namespace {

// A roff line as the text it shows: without its request name, font changes, quotes and the
// escapes the page uses.
QString plainText(QString line)
{
    if (line.startsWith(u'.')) {
        const qsizetype space = line.indexOf(u' ');
        line = space < 0 ? QString() : line.sliced(space + 1);
    }
    static const QRegularExpression font(QStringLiteral(R"(\\f(\[[^\]]*\]|\(..|.))"));
    line.remove(font);
    line.replace(QLatin1String("\\-"), QLatin1String("-"));
    line.replace(QLatin1String("\\(dq"), QLatin1String("\""));
    line.remove(QLatin1String("\\&"));
    line.remove(u'"');
    return line.simplified();
}

QStringList sortedUnique(QStringList list)
{
    list.sort();
    list.removeDuplicates();
    return list;
}

} // namespace

TestManPage::ManPage TestManPage::manPage()
{
    ManPage page;
    QString section;
    QString command;
    bool tagLine = false;
    for (const QByteArray &bytes : Test::readFile(path()).split('\n')) {
        const QString line = QString::fromUtf8(bytes);
        if (line.startsWith(QLatin1String(".\\\"")))
            continue;
        if (line.startsWith(QLatin1String(".SH"))) {
            section = plainText(line);
            command.clear();
            tagLine = false;
        } else if (line.startsWith(QLatin1String(".SS"))) {
            const QStringList words = plainText(line).split(u' ');
            command = section == u"COMMANDS" && words.size() >= 2 && words.first() == u"folio"
                          ? words.at(1)
                          : QString();
            if (!command.isEmpty())
                page.commands.append(command);
            tagLine = false;
        } else if (line == u".TP") {
            tagLine = true;
        } else if (tagLine) {
            tagLine = false;
            if (section == u"OPTIONS")
                page.options[QString()] += optionsIn(plainText(line));
            else if (section == u"COMMANDS" && !command.isEmpty())
                page.options[command] += optionsIn(plainText(line));
        }
    }
    return page;
}

bool TestManPage::help(const QStringList &arguments, QString *text)
{
    const auto result = Test::run(QStringLiteral(FOLIO_BINARY), arguments);
    if (result.exitCode != 0 || result.out.isEmpty()) {
        qWarning("folio %s: exit status %d: %s", qPrintable(arguments.join(u' ')), result.exitCode,
                 result.err.constData());
        return false;
    }
    *text = QString::fromUtf8(result.out);
    return true;
}

QString TestManPage::helpSection(const QString &help, const QString &title)
{
    const qsizetype start = help.indexOf(u'\n' + title + u'\n');
    if (start < 0)
        return {};
    const qsizetype bodyStart = start + title.size() + 2;
    const qsizetype end = help.indexOf(QLatin1String("\n\n"), bodyStart);
    return help.mid(bodyStart, end < 0 ? -1 : end - bodyStart);
}

// Long options anywhere (--set-json), short ones where an option line pairs them with a long
// one ("  -h, --help").
QStringList TestManPage::optionsIn(const QString &text)
{
    static const QRegularExpression longOption(QStringLiteral(R"((?<![\w-])--[a-z][a-z-]*[a-z])"));
    static const QRegularExpression shortOption(QStringLiteral(R"((?<![\w-])(-[a-zA-Z]) ?, ?--)"));
    QStringList options;
    for (const auto &match : longOption.globalMatch(text))
        options.append(match.captured());
    for (const auto &match : shortOption.globalMatch(text))
        options.append(match.captured(1));
    return sortedUnique(options);
}

bool TestManPage::commandsInHelp(QStringList *commands)
{
    static const QRegularExpression command(QStringLiteral(R"(^  ([a-z]+)(?= |$))"),
                                            QRegularExpression::MultilineOption);
    QString text;
    if (!help({QStringLiteral("--help")}, &text))
        return false;
    for (const auto &match : command.globalMatch(helpSection(text, QStringLiteral("Commands:"))))
        commands->append(match.captured(1));
    return !commands->isEmpty();
}

void TestManPage::rendersWithoutWarnings()
{
    QVERIFY2(QFileInfo::exists(path()), qPrintable(path()));
    const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
    QVERIFY2(!groff.isEmpty(), "groff not found: install groff-base (scripts/setup-deps.sh)");
    // -ww: every warning (bad escapes, unknown requests, lines that cannot be broken...).
    const auto result = Test::run(groff, {QStringLiteral("-man"), QStringLiteral("-ww"),
                                          QStringLiteral("-z"), QStringLiteral("-Tutf8"), path()});
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.err.constData());
}

void TestManPage::documentsEveryCommand()
{
    QStringList commands;
    QVERIFY(commandsInHelp(&commands));
    QVERIFY(commands.contains(u"render"));
    QCOMPARE(manPage().commands, commands);
}

void TestManPage::documentsTheProgramsOptions()
{
    QString text;
    QVERIFY(help({QStringLiteral("--help")}, &text));
    const QStringList options = optionsIn(helpSection(text, QStringLiteral("Options:")));
    QVERIFY(options.contains(u"--version"));
    QCOMPARE(sortedUnique(manPage().options.value(QString())), options);
}

void TestManPage::documentsEachCommandsOptions_data()
{
    QTest::addColumn<QString>("command");
    QStringList commands;
    QVERIFY(commandsInHelp(&commands));
    for (const QString &command : commands)
        QTest::newRow(qPrintable(command)) << command;
}

void TestManPage::documentsEachCommandsOptions()
{
    QFETCH(QString, command);
    QString text;
    QVERIFY(help({command, QStringLiteral("--help")}, &text));
    const QStringList options = optionsIn(text);
    QCOMPARE(sortedUnique(manPage().options.value(command)), options);
}

void TestManPage::documentsEveryOptionTheHelpNames()
{
    // folio --help also names commands' options in its overview (search ... [--case]).
    QStringList documented;
    for (const QStringList &options : manPage().options)
        documented += options;
    QString text;
    QVERIFY(help({QStringLiteral("--help")}, &text));
    for (const QString &option : optionsIn(text))
        QVERIFY2(documented.contains(option), qPrintable(option + u" is not in folio.1"));
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
