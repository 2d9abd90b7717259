#include "checks/spellchecker.h"
#include "document/page.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace Folio;
using namespace Folio::Checks;
using Folio::Markdown::Dialect;

namespace {

// Which lines of a page are fenced code or front matter, and the front-matter key each
// front-matter line belongs to: read independently of the scanner, simply.
struct LineKinds
{
    QList<bool> code;
    QList<QString> frontMatterKey; // empty outside front matter
};

LineKinds lineKinds(const QStringList &lines)
{
    LineKinds kinds;
    kinds.code.resize(lines.size());
    kinds.frontMatterKey.resize(lines.size());
    qsizetype i = 0;
    if (!lines.isEmpty() && lines[0].trimmed() == u"---") {
        QString key;
        for (i = 1; i < lines.size() && lines[i].trimmed() != u"---"; ++i) {
            const QString &line = lines[i];
            if (!line.isEmpty() && !line[0].isSpace() && line[0] != u'-' && line[0] != u'#')
                key = line.section(u':', 0, 0).trimmed();
            kinds.frontMatterKey[i] = key.isEmpty() ? QStringLiteral("?") : key;
        }
        kinds.frontMatterKey[0] = QStringLiteral("---");
        if (i < lines.size())
            kinds.frontMatterKey[i++] = QStringLiteral("---");
    }
    QString fence;
    qsizetype fenceIndent = 0;
    for (; i < lines.size(); ++i) {
        QString content = lines[i];
        while (content.trimmed().startsWith(u'>'))
            content = content.trimmed().sliced(1);
        qsizetype indent = 0;
        while (indent < content.size() && content[indent] == u' ')
            ++indent;
        content = content.trimmed();
        if (!fence.isEmpty()) {
            kinds.code[i] = true;
            if (content.startsWith(fence) && content.count(fence[0]) == content.size() &&
                indent <= fenceIndent + 3)
                fence.clear();
        } else if (content.startsWith(QLatin1String("```")) ||
                   content.startsWith(QLatin1String("~~~"))) {
            qsizetype run = 0;
            while (run < content.size() && content[run] == content[0])
                ++run;
            if (content[0] == u'`' && content.indexOf(u'`', run) >= 0)
                continue; // "```x```" is a code span
            fence = content.first(run);
            fenceIndent = indent;
            kinds.code[i] = true;
        }
    }
    return kinds;
}

// Why a reported word sits in markup, or an empty string when it is prose as far as a
// simple look at its line can tell.
QString markupAround(const QString &line, const Problem &problem, const LineKinds &kinds)
{
    const qsizetype at = problem.column - 1;
    const QStringView before = QStringView(line).first(at);
    if (kinds.code[problem.line - 1])
        return QStringLiteral("in fenced code");
    const QString key = kinds.frontMatterKey[problem.line - 1];
    if (!key.isEmpty()) {
        if (key != u"title" && key != u"description")
            return QStringLiteral("in the front matter's %1").arg(key);
        if (!line[0].isSpace() && !before.contains(u':'))
            return QStringLiteral("a front-matter key");
    }
    if (before.count(u'`') % 2 == 1)
        return QStringLiteral("in a code span");
    qsizetype tokenStart = 0;
    for (const QChar separator : {u' ', u'[', u'(', u'>'})
        tokenStart = qMax(tokenStart, before.lastIndexOf(separator) + 1);
    const QStringView token = before.sliced(tokenStart);
    if (token.contains(QLatin1String("://")) || token.contains(QLatin1String("](")))
        return QStringLiteral("in a URL or link target");
    for (const auto &[open, close] : {std::pair{u"{{", u"}}"}, std::pair{u"{:", u"}"},
                                      std::pair{u"<%", u"%>"}, std::pair{u"<!--", u"-->"}}) {
        const qsizetype opened = before.lastIndexOf(QStringView(open));
        if (opened >= 0 && !before.sliced(opened).contains(QStringView(close)))
            return QStringLiteral("inside %1 %2").arg(QStringView(open), QStringView(close));
    }
    // Inside a tag: a '<' and a name before the word, no '>' since. A tag with a quote left
    // open (values.md: <ul style="list-style-type:disc><li>) is not one for the scanner.
    for (qsizetype i = before.size() - 1; i >= 0; --i) {
        if (before[i] == u'>')
            break;
        if (before[i] == u'<' && i + 1 < line.size() &&
            (line[i + 1].isLetter() || line[i + 1] == u'/') && line.indexOf(u'>', at) > at) {
            const QStringView tag = QStringView(line).sliced(i, line.indexOf(u'>', at) - i);
            if (tag.count(u'"') % 2 == 0)
                return QStringLiteral("inside an HTML tag");
        }
    }
    return {};
}

} // namespace

// The spell checker over the 300 real handbook pages: no crash, positions that point at the
// word, nothing reported from markup. FOLIO_SPELLING_REPORT=1 prints every distinct
// misspelling with its count and a page, to review false positives by eye.
class TestSpellCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checksEveryPage();

private:
    struct CorpusPage
    {
        QString path;
        QString text;
        Dialect dialect;
    };
    QList<CorpusPage> m_pages;
};

void TestSpellCorpus::initTestCase()
{
    const QString corpus = Test::corpusDir();
    if (corpus.isEmpty())
        QSKIP("FOLIO_CORPUS_DIR is not set");
    QDirIterator it(corpus, {QStringLiteral("*.md"), QStringLiteral("*.erb")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.sliced(corpus.size() + 1);
        if (!relative.contains(u'/'))
            continue; // the corpus's own SOURCE.md
        auto page = Document::Page::load(path);
        QVERIFY2(page, qPrintable(path));
        m_pages.append({relative, page->text(),
                        relative.startsWith(QLatin1String("middleman/")) ? Dialect::Kramdown
                                                                         : Dialect::Goldmark});
    }
    std::sort(m_pages.begin(), m_pages.end(),
              [](const CorpusPage &a, const CorpusPage &b) { return a.path < b.path; });
    QCOMPARE(m_pages.size(), 300);
}

void TestSpellCorpus::checksEveryPage()
{
    SpellChecker checker;
    QHash<QString, int> counts;
    QHash<QString, QString> where;
    qsizetype total = 0;
    QElapsedTimer timer;
    timer.start();
    for (const CorpusPage &page : std::as_const(m_pages)) {
        auto problems = checker.check(page.text, page.dialect);
        QVERIFY2(problems, qPrintable(page.path));
        const QStringList lines = page.text.split(u'\n');
        const LineKinds kinds = lineKinds(lines);
        for (const Problem &problem : std::as_const(*problems)) {
            QCOMPARE(problem.category, Category::Spelling);
            QVERIFY(problem.line >= 1 && problem.line <= lines.size());
            const QString &line = lines[problem.line - 1];
            QVERIFY(problem.column >= 1 && problem.column - 1 + problem.length <= line.size());
            QCOMPARE(line.mid(problem.column - 1, problem.length), problem.subject);
            const QString markup = markupAround(line, problem, kinds);
            QVERIFY2(markup.isEmpty(), qPrintable(QStringLiteral("%1:%2:%3: \"%4\" %5")
                                                      .arg(page.path)
                                                      .arg(problem.line)
                                                      .arg(problem.column)
                                                      .arg(problem.subject, markup)));
            ++counts[problem.subject];
            if (qEnvironmentVariable("FOLIO_SPELLING_REPORT") == u"all")
                std::printf("P\t%s\t%d\t%d\t%d\n", qPrintable(page.path), problem.line,
                            problem.column, problem.length);
            if (!where.contains(problem.subject))
                where.insert(problem.subject, QStringLiteral("%1:%2:%3")
                                                  .arg(page.path)
                                                  .arg(problem.line)
                                                  .arg(problem.column));
        }
        total += problems->size();
    }
    qInfo("%lld misspellings, %lld distinct, in %lld ms", qlonglong(total),
          qlonglong(counts.size()), qlonglong(timer.elapsed()));
    if (qEnvironmentVariableIsSet("FOLIO_SPELLING_REPORT")) {
        QList<std::pair<int, QString>> sorted;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        for (const auto &[count, word] : std::as_const(sorted))
            std::printf("%5d %-30s %s\n", count, qPrintable(word), qPrintable(where[word]));
    }
}

QTEST_GUILESS_MAIN(TestSpellCorpus)
#include "tst_spellcorpus.moc"
