#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>
#include <QTest>

using namespace Folio;

// packaging/<application id>.desktop: valid for desktop-file-validate (package
// desktop-file-utils), and naming what the package installs: the folio executable, the icon
// by the application id, Markdown as the type it opens.
class TestDesktopFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validates();
    void launchesFolioWithItsIcon();

private:
    static QString path()
    {
        return QStringLiteral(FOLIO_SOURCE_DIR "/packaging/" FOLIO_APP_ID ".desktop");
    }
    // The keys of the [Desktop Entry] group.
    static QHash<QString, QString> entry();
};

QHash<QString, QString> TestDesktopFile::entry()
{
    QHash<QString, QString> keys;
    bool inEntry = false;
    for (const QByteArray &line : Test::readFile(path()).split('\n')) {
        if (line.startsWith('[')) {
            inEntry = line == "[Desktop Entry]";
            continue;
        }
        const qsizetype equals = line.indexOf('=');
        if (inEntry && equals > 0 && !line.startsWith('#'))
            keys.insert(QString::fromUtf8(line.first(equals)),
                        QString::fromUtf8(line.sliced(equals + 1)));
    }
    return keys;
}

void TestDesktopFile::validates()
{
    QVERIFY2(QFileInfo::exists(path()), qPrintable(path()));
    const QString validator =
        QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    QVERIFY2(!validator.isEmpty(),
             "desktop-file-validate not found: install desktop-file-utils (scripts/setup-deps.sh)");
    // Hints are suggestions, not problems: "TextEditor could go with Utility" would move Folio
    // into a second menu.
    const auto result = Test::run(validator, {QStringLiteral("--no-hints"), path()});
    QVERIFY2(result.exitCode == 0 && result.out.isEmpty() && result.err.isEmpty(),
             QByteArray(result.out + result.err).constData());
}

void TestDesktopFile::launchesFolioWithItsIcon()
{
    const QHash<QString, QString> keys = entry();
    QCOMPARE(keys.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(keys.value(QStringLiteral("Exec")), QStringLiteral("folio %f"));
    // The icon the package installs in hicolor is named after the application id.
    QCOMPARE(keys.value(QStringLiteral("Icon")), QStringLiteral(FOLIO_APP_ID));
    QVERIFY(keys.value(QStringLiteral("MimeType")).split(u';').contains(u"text/markdown"));
    // X11 window managers match the window by its WM_CLASS, Qt's application name.
    QCOMPARE(keys.value(QStringLiteral("StartupWMClass")), QStringLiteral("folio"));
}

QTEST_GUILESS_MAIN(TestDesktopFile)
#include "tst_desktopfile.moc"
