// The acceptance test over every page of the shared handbook corpus: a title edit
// changes only the title's characters, a no-op edit changes nothing, and adding then removing
// a key gives the page back byte for byte — also with CRLF line endings.
#include "document/frontmattereditor.h"
#include "document/page.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Folio;
using namespace Folio::Document;

namespace {

// QVERIFY2 evaluates its message even when the check passes.
template<typename T> QString why(const QString &path, const Result<T> &result)
{
    return result ? QString() : path + u": " + result.error().toString();
}

} // namespace

class TestFrontMatterCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPageOpensAndIsEditable();
    void noOpEditsChangeNothing();
    void titleEditChangesOnlyTheTitle_data();
    void titleEditChangesOnlyTheTitle();
    void addingAndRemovingAKeyRoundTrips();
    void crlfPagesKeepTheirBytes();

private:
    struct CorpusPage
    {
        QString path;
        QByteArray bytes;
        Page page;
    };
    QList<CorpusPage> m_pages;
};

void TestFrontMatterCorpus::initTestCase()
{
    const QString corpus = Test::corpusDir();
    if (corpus.isEmpty())
        QSKIP("FOLIO_CORPUS_DIR is not set: the shared handbook corpus is not available");
    QFile manifest(QDir(corpus).filePath(QStringLiteral("MANIFEST.tsv")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    manifest.readLine(); // header
    while (!manifest.atEnd()) {
        const QString path = QString::fromUtf8(manifest.readLine()).section(u'\t', 0, 0);
        if (path.isEmpty())
            continue;
        CorpusPage entry;
        entry.path = QDir(corpus).filePath(path);
        entry.bytes = Test::readFile(entry.path);
        auto page = Page::fromBytes(entry.bytes);
        QVERIFY2(page, qPrintable(why(path, page)));
        entry.page = *page;
        m_pages.append(entry);
    }
    QCOMPARE(m_pages.size(), 300);
}

void TestFrontMatterCorpus::everyPageOpensAndIsEditable()
{
    QElapsedTimer timer;
    timer.start();
    int withFrontMatter = 0;
    for (const CorpusPage &entry : std::as_const(m_pages)) {
        const auto editor = FrontMatterEditor::open(entry.page.text());
        QVERIFY2(editor, qPrintable(why(entry.path, editor)));
        QVERIFY2(editor->readOnlyReason().isEmpty(),
                 qPrintable(entry.path + u": " + editor->readOnlyReason()));
        for (const FrontMatterField &field : editor->fields())
            QVERIFY2(field.isEditable(), qPrintable(entry.path + u": " + field.key));
        if (!editor->fields().isEmpty())
            ++withFrontMatter;
    }
    qInfo("%d pages opened, %d with front matter, in %lld ms", int(m_pages.size()), withFrontMatter,
          timer.elapsed());
}

void TestFrontMatterCorpus::noOpEditsChangeNothing()
{
    int edits = 0;
    for (const CorpusPage &entry : std::as_const(m_pages)) {
        const auto editor = FrontMatterEditor::open(entry.page.text());
        QVERIFY(editor);
        for (const FrontMatterField &field : editor->fields()) {
            const auto edit = editor->setValue(field.key, field.value);
            QVERIFY2(edit, qPrintable(why(entry.path, edit)));
            QVERIFY2(edit->isNoOp(), qPrintable(entry.path + u": " + field.key));
            ++edits;
        }
        QCOMPARE(entry.page.encode(entry.page.text()), entry.bytes);
    }
    qInfo("%d no-op edits", edits);
}

void TestFrontMatterCorpus::titleEditChangesOnlyTheTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("plain") << QStringLiteral("Folio acceptance title");
    QTest::newRow("needs quotes") << QStringLiteral("Folio: a \"quoted\" title #1, it's 'new'");
    QTest::newRow("looks like a boolean") << QStringLiteral("yes");
    QTest::newRow("non-ASCII") << QStringLiteral("Über die Handbücher — 😀");
    QTest::newRow("two lines") << QStringLiteral("First line\nsecond line");
}

void TestFrontMatterCorpus::titleEditChangesOnlyTheTitle()
{
    QFETCH(QString, title);
    QElapsedTimer timer;
    timer.start();
    int replaced = 0, added = 0;
    for (const CorpusPage &entry : std::as_const(m_pages)) {
        const QString &text = entry.page.text();
        const auto editor = FrontMatterEditor::open(text);
        QVERIFY(editor);
        const auto edit = editor->setValue(QStringLiteral("title"), FieldValue::string(title));
        QVERIFY2(edit, qPrintable(why(entry.path, edit)));
        const QString after = edit->appliedTo(text);

        const auto map = FrontMatterSourceMap::scan(text, editor->block());
        QVERIFY(map);
        if (const FrontMatterEntrySource *source = map->entry(QStringLiteral("title"))) {
            // Everything before and after the old title's characters is kept: the new page is
            // prefix + new title + suffix.
            qsizetype valueEnd = source->valueEnd;
            if (title.contains(u'\n') && !source->hasComment()) {
                // Blanks after a one-line value cannot stay after a block scalar's last line
                // (they would become part of it): they go with the old value.
                while (valueEnd < text.size() && text[valueEnd] == u' ')
                    ++valueEnd;
            }
            const QString prefix = text.first(source->valueStart);
            const QString suffix = text.sliced(valueEnd);
            QVERIFY2(after.startsWith(prefix) && after.endsWith(suffix), qPrintable(entry.path));
            QVERIFY(after.size() >= prefix.size() + suffix.size());
            const QString newSpan =
                after.sliced(prefix.size(), after.size() - prefix.size() - suffix.size());
            QCOMPARE(prefix + newSpan + suffix, after);
            QVERIFY(edit->start >= source->valueStart);
            QVERIFY(edit->start + edit->length <= valueEnd);
            ++replaced;
        } else {
            // No title: one new last line, or a new block on a page without one.
            const QString line = after.contains(u"title: |-")
                                     ? QStringLiteral("title: |-\n  First line\n  second line\n")
                                     : QString();
            if (editor->block().kind == FrontMatterBlock::Kind::None) {
                QVERIFY2(after.startsWith(u"---\ntitle:") && after.endsWith(text),
                         qPrintable(entry.path));
            } else {
                QCOMPARE(after.first(editor->block().contentEnd),
                         text.first(editor->block().contentEnd));
                QCOMPARE(after.sliced(after.size() - (text.size() - editor->block().contentEnd)),
                         text.sliced(editor->block().contentEnd));
                if (!line.isEmpty())
                    QVERIFY(after.contains(line));
            }
            ++added;
        }
        // The page reads back with the new title and every other key unchanged.
        const auto reread = FrontMatterEditor::open(after);
        QVERIFY2(reread, qPrintable(why(entry.path, reread)));
        QCOMPARE(reread->field(QStringLiteral("title"))->value, FieldValue::string(title));
        for (const FrontMatterField &field : editor->fields()) {
            if (field.key == u"title")
                continue;
            const FrontMatterField *now = reread->field(field.key);
            QVERIFY(now);
            QCOMPARE(now->value, field.value);
            QCOMPARE(now->rawYaml, field.rawYaml);
        }
    }
    QCOMPARE(replaced + added, 300);
    qInfo("%d titles replaced, %d added, in %lld ms", replaced, added, timer.elapsed());
}

void TestFrontMatterCorpus::addingAndRemovingAKeyRoundTrips()
{
    for (const CorpusPage &entry : std::as_const(m_pages)) {
        const QString &text = entry.page.text();
        const auto editor = FrontMatterEditor::open(text);
        QVERIFY(editor);
        const auto added = editor->setValue(
            QStringLiteral("folio_review"),
            FieldValue::list({QStringLiteral("spelling"), QStringLiteral("links: ok")}));
        QVERIFY2(added, qPrintable(why(entry.path, added)));
        QVERIFY(!added->isNoOp());
        const auto withKey = editor->applied(*added);
        QVERIFY(withKey);
        QCOMPARE(withKey->field(QStringLiteral("folio_review"))->value.items().size(), 2);
        const auto removed = withKey->removeKey(QStringLiteral("folio_review"));
        QVERIFY2(removed, qPrintable(why(entry.path, removed)));
        const QString back = removed->appliedTo(withKey->pageText());
        QVERIFY2(back == text, qPrintable(entry.path));
        QCOMPARE(entry.page.encode(back), entry.bytes);
    }
}

void TestFrontMatterCorpus::crlfPagesKeepTheirBytes()
{
    for (const CorpusPage &entry : std::as_const(m_pages)) {
        QByteArray crlf = entry.bytes;
        crlf.replace("\n", "\r\n");
        auto page = Page::fromBytes(crlf);
        QVERIFY(page);
        QCOMPARE(page->lineEnding(), LineEnding::CrLf);
        const auto editor = FrontMatterEditor::open(page->text());
        QVERIFY(editor);
        const auto edit =
            editor->setValue(QStringLiteral("title"), FieldValue::string(QStringLiteral("New")));
        QVERIFY(edit);
        const QByteArray written = page->encode(edit->appliedTo(page->text()));
        // The bytes before and after the edit are the page's own, CRLF included.
        const QByteArray before = page->encode(page->text().first(edit->start));
        const QByteArray after = page->encode(page->text().sliced(edit->start + edit->length));
        QVERIFY2(written.startsWith(before) && written.endsWith(after), qPrintable(entry.path));
        QVERIFY(crlf.startsWith(before) && crlf.endsWith(after));
        QVERIFY(!written.contains("\r\r") && written.count("\r\n") == written.count('\n'));
    }
}

QTEST_GUILESS_MAIN(TestFrontMatterCorpus)
#include "tst_frontmattercorpus.moc"
