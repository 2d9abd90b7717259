#include "git/filediff.h"
#include "git/repository.h"
#include "gittestsupport.h"

#include <QTest>

#include <optional>

using namespace Folio;
using Folio::Git::ChangeKind;
using Folio::Git::DiffBase;
using Folio::Git::DiffLineKind;
using Folio::Git::FileDiff;
using Folio::Git::Repository;

namespace {

// FileDiff written back as the hunks of a unified diff, to compare with `git diff`.
QString unified(const FileDiff &diff)
{
    QString text;
    for (const auto &hunk : diff.hunks) {
        text += hunk.header + u'\n';
        for (const auto &line : hunk.lines) {
            const QChar prefix = line.kind == DiffLineKind::Added     ? u'+'
                                 : line.kind == DiffLineKind::Removed ? u'-'
                                                                      : u' ';
            text += prefix + line.text + u'\n';
            if (line.noNewlineAtEnd)
                text += QStringLiteral("\\ No newline at end of file\n");
        }
    }
    return text;
}

// The hunks of `git diff <arguments>`: everything from the first "@@" on.
QString cliHunks(const QString &repo, const QStringList &arguments)
{
    const QString out = QString::fromUtf8(
        Test::git(repo, QStringList{QStringLiteral("diff"), QStringLiteral("--no-color"),
                                    QStringLiteral("--no-ext-diff")} +
                            arguments)
            .out);
    const qsizetype start = out.indexOf(QStringLiteral("\n@@"));
    return start < 0 ? QString() : out.mid(start + 1);
}

QString emphasized(const Git::DiffLine &line)
{
    QStringList parts;
    for (const auto &range : line.emphasis)
        parts << line.text.mid(range.start, range.length);
    return parts.join(u'|');
}

} // namespace

class TestFileDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void hunksMatchGit_data();
    void hunksMatchGit();
    void lineNumbersAndWordRanges();
    void newUntrackedFile();
    void deletedFile();
    void renamedFile();
    void binaryFile();
    void againstIndexAndBranch();
    void unbornBranch();
    void unchangedFile();
    void contentAtRevision();

private:
    void commitAll(const QString &message);
    Git::FileDiff diff(const Git::FileDiffRequest &request);

    std::optional<Test::IsolatedHome> m_home;
    std::optional<Git::GitLibrary> m_git;
    std::optional<Test::ScratchRepository> m_repo;
};

void TestFileDiff::initTestCase()
{
    m_home.emplace();
    m_git.emplace();
}

void TestFileDiff::init()
{
    m_repo.emplace();
    QVERIFY(m_repo->init());
}

void TestFileDiff::commitAll(const QString &message)
{
    FOLIO_GIT(m_repo->path, QStringLiteral("add"), QStringLiteral("-A"));
    FOLIO_GIT(m_repo->path, QStringLiteral("commit"), QStringLiteral("-qm"), message);
}

Git::FileDiff TestFileDiff::diff(const Git::FileDiffRequest &request)
{
    auto repo = Repository::discover(m_repo->path);
    if (!repo)
        return {};
    auto result = Git::diffFile(*repo, request);
    if (!result) {
        qWarning("%s", Test::errorText(result).constData());
        return {};
    }
    return result.value();
}

void TestFileDiff::hunksMatchGit_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QByteArray longPage;
    for (int i = 1; i <= 40; ++i)
        longPage += "Line " + QByteArray::number(i) + " of the page.\n";
    QByteArray twoChanges = longPage;
    twoChanges.replace("Line 3 of", "Line three of").replace("Line 30 of", "Line thirty of");
    QTest::newRow("one line changed") << QByteArray("a\nb\nc\n") << QByteArray("a\nB\nc\n");
    QTest::newRow("two hunks") << longPage << twoChanges;
    QTest::newRow("lines added at the end") << QByteArray("a\n") << QByteArray("a\nb\nc\n");
    QTest::newRow("lines removed at the start")
        << QByteArray("x\ny\na\nb\n") << QByteArray("a\nb\n");
    QTest::newRow("no newline at end, added") << QByteArray("a\nb") << QByteArray("a\nb\n");
    QTest::newRow("no newline at end, removed") << QByteArray("a\nb\n") << QByteArray("a\nc");
    QTest::newRow("utf-8 text") << QByteArray("Grüße aus Köln 😀\n")
                                << QByteArray("Grüße aus Bonn 🎉\n");
    QTest::newRow("crlf lines") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nc\r\n");
}

void TestFileDiff::hunksMatchGit()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QVERIFY(m_repo->write(QStringLiteral("page.md"), before));
    commitAll(QStringLiteral("one"));
    QVERIFY(m_repo->write(QStringLiteral("page.md"), after));
    const FileDiff result = diff({QStringLiteral("page.md")});
    QCOMPARE(result.kind, ChangeKind::Modified);
    QVERIFY(!result.binary);
    QVERIFY(!result.hunks.isEmpty());
    QString expected = cliHunks(
        m_repo->path, {QStringLiteral("HEAD"), QStringLiteral("--"), QStringLiteral("page.md")});
    // Folio gives lines without their line end; git prints the CR of CRLF lines.
    expected.remove(u'\r');
    QCOMPARE(unified(result), expected);
}

void TestFileDiff::lineNumbersAndWordRanges()
{
    QVERIFY(m_repo->write(QStringLiteral("page.md"), "# Title\n\nTeh quick brown fox.\nSame.\n"
                                                     "Old line\nEnd.\n"));
    commitAll(QStringLiteral("one"));
    QVERIFY(m_repo->write(QStringLiteral("page.md"),
                          "# Title\n\nThe quick red fox.\nSame.\nEnd.\nNew line\n"));
    const FileDiff result = diff({QStringLiteral("page.md")});
    QCOMPARE(result.hunks.size(), 1);
    const auto &hunk = result.hunks.first();
    QCOMPARE(hunk.oldStart, 1);
    QCOMPARE(hunk.newStart, 1);
    struct Expected
    {
        DiffLineKind kind;
        int oldNumber;
        int newNumber;
        const char *text;
        const char *emphasis;
    };
    const Expected expected[] = {
        {DiffLineKind::Context, 1, 1, "# Title", ""},
        {DiffLineKind::Context, 2, 2, "", ""},
        {DiffLineKind::Removed, 3, 0, "Teh quick brown fox.", "Teh|brown"},
        {DiffLineKind::Added, 0, 3, "The quick red fox.", "The|red"},
        {DiffLineKind::Context, 4, 4, "Same.", ""},
        {DiffLineKind::Removed, 5, 0, "Old line", ""},
        {DiffLineKind::Context, 6, 5, "End.", ""},
        {DiffLineKind::Added, 0, 6, "New line", ""},
    };
    QCOMPARE(hunk.lines.size(), qsizetype(std::size(expected)));
    for (qsizetype i = 0; i < hunk.lines.size(); ++i) {
        const auto &line = hunk.lines[i];
        QCOMPARE(line.kind, expected[i].kind);
        QCOMPARE(line.oldNumber, expected[i].oldNumber);
        QCOMPARE(line.newNumber, expected[i].newNumber);
        QCOMPARE(line.text, QString::fromUtf8(expected[i].text));
        QCOMPARE(emphasized(line), QString::fromUtf8(expected[i].emphasis));
    }
}

void TestFileDiff::newUntrackedFile()
{
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a\n"));
    commitAll(QStringLiteral("one"));
    QVERIFY(m_repo->write(QStringLiteral("new/folder/page.md"), "one\ntwo\n"));
    const FileDiff result = diff({QStringLiteral("new/folder/page.md")});
    QCOMPARE(result.kind, ChangeKind::Untracked);
    QCOMPARE(result.hunks.size(), 1);
    QCOMPARE(result.hunks[0].lines.size(), 2);
    QCOMPARE(result.hunks[0].lines[1].kind, DiffLineKind::Added);
    QCOMPARE(result.hunks[0].lines[1].newNumber, 2);
    // git shows an untracked file's diff once it is "intended to add".
    FOLIO_GIT(m_repo->path, QStringLiteral("add"), QStringLiteral("-N"),
              QStringLiteral("new/folder/page.md"));
    QCOMPARE(unified(result), cliHunks(m_repo->path, {QStringLiteral("HEAD"), QStringLiteral("--"),
                                                      QStringLiteral("new/folder/page.md")}));
}

void TestFileDiff::deletedFile()
{
    QVERIFY(m_repo->write(QStringLiteral("gone.md"), "one\ntwo\n"));
    commitAll(QStringLiteral("one"));
    QVERIFY(QFile::remove(m_repo->file(QStringLiteral("gone.md"))));
    const FileDiff result = diff({QStringLiteral("gone.md")});
    QCOMPARE(result.kind, ChangeKind::Deleted);
    QCOMPARE(result.path, QStringLiteral("gone.md"));
    QCOMPARE(unified(result), cliHunks(m_repo->path, {QStringLiteral("HEAD"), QStringLiteral("--"),
                                                      QStringLiteral("gone.md")}));
    QCOMPARE(result.hunks[0].lines[0].kind, DiffLineKind::Removed);
}

void TestFileDiff::renamedFile()
{
    const QByteArray body = "# Page\n\nA paragraph that stays the same.\nAnother one.\nEnd.\n";
    QVERIFY(m_repo->write(QStringLiteral("old.md"), body));
    commitAll(QStringLiteral("one"));
    QVERIFY(QFile::rename(m_repo->file(QStringLiteral("old.md")),
                          m_repo->file(QStringLiteral("new.md"))));
    QVERIFY(m_repo->write(QStringLiteral("new.md"), QByteArray(body).replace("End.", "The end.")));
    const FileDiff result = diff({QStringLiteral("new.md"), QStringLiteral("old.md")});
    QCOMPARE(result.kind, ChangeKind::Renamed);
    QCOMPARE(result.oldPath, QStringLiteral("old.md"));
    FOLIO_GIT(m_repo->path, QStringLiteral("add"), QStringLiteral("-A"));
    QCOMPARE(unified(result),
             cliHunks(m_repo->path,
                      {QStringLiteral("--cached"), QStringLiteral("-M"), QStringLiteral("--"),
                       QStringLiteral("new.md"), QStringLiteral("old.md")}));
}

void TestFileDiff::binaryFile()
{
    QByteArray image("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QVERIFY(m_repo->write(QStringLiteral("img/logo.png"), image));
    commitAll(QStringLiteral("one"));
    image.append(QByteArray(64, '\0'));
    QVERIFY(m_repo->write(QStringLiteral("img/logo.png"), image));
    const FileDiff result = diff({QStringLiteral("img/logo.png")});
    QVERIFY(result.binary);
    QCOMPARE(result.kind, ChangeKind::Modified);
    QVERIFY(result.hunks.isEmpty());
    QVERIFY(Test::git(m_repo->path, {QStringLiteral("diff"), QStringLiteral("--numstat")})
                .out.startsWith("-\t-\t")); // git agrees it is binary
}

void TestFileDiff::againstIndexAndBranch()
{
    QVERIFY(m_repo->write(QStringLiteral("page.md"), "one\n"));
    commitAll(QStringLiteral("one"));
    FOLIO_GIT(m_repo->path, QStringLiteral("checkout"), QStringLiteral("-qb"),
              QStringLiteral("topic"));
    QVERIFY(m_repo->write(QStringLiteral("page.md"), "two\n"));
    commitAll(QStringLiteral("two"));
    QVERIFY(m_repo->write(QStringLiteral("page.md"), "three\n"));
    FOLIO_GIT(m_repo->path, QStringLiteral("add"), QStringLiteral("page.md"));
    QVERIFY(m_repo->write(QStringLiteral("page.md"), "four\n"));

    const auto removedAndAdded = [](const FileDiff &d) {
        QStringList out;
        for (const auto &line : d.hunks.value(0).lines)
            out << line.text;
        return out.join(u'>');
    };
    QCOMPARE(removedAndAdded(diff({QStringLiteral("page.md")})), QStringLiteral("two>four"));
    QCOMPARE(removedAndAdded(diff({QStringLiteral("page.md"), {}, DiffBase::Index})),
             QStringLiteral("three>four"));
    QCOMPARE(removedAndAdded(
                 diff({QStringLiteral("page.md"), {}, DiffBase::Revision, QStringLiteral("main")})),
             QStringLiteral("one>four"));
    for (const auto &[base, args] :
         {std::pair{DiffBase::Head, QStringList{QStringLiteral("HEAD")}},
          std::pair{DiffBase::Index, QStringList{}},
          std::pair{DiffBase::Revision, QStringList{QStringLiteral("main")}}}) {
        QCOMPARE(unified(diff({QStringLiteral("page.md"), {}, base, QStringLiteral("main")})),
                 cliHunks(m_repo->path,
                          args + QStringList{QStringLiteral("--"), QStringLiteral("page.md")}));
    }

    auto repo = Repository::discover(m_repo->path);
    const auto missing = Git::diffFile(
        *repo, {QStringLiteral("page.md"), {}, DiffBase::Revision, QStringLiteral("no-such")});
    QVERIFY(!missing);
    QVERIFY(Repository::isNotFound(missing.error()));
}

void TestFileDiff::unbornBranch()
{
    QVERIFY(m_repo->write(QStringLiteral("first.md"), "hello\n"));
    const FileDiff result = diff({QStringLiteral("first.md")});
    QCOMPARE(result.kind, ChangeKind::Untracked);
    QCOMPARE(result.hunks.value(0).lines.value(0).text, QStringLiteral("hello"));
    FOLIO_GIT(m_repo->path, QStringLiteral("add"), QStringLiteral("first.md"));
    QCOMPARE(diff({QStringLiteral("first.md")}).kind, ChangeKind::Added);
}

void TestFileDiff::unchangedFile()
{
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a\n"));
    commitAll(QStringLiteral("one"));
    const FileDiff result = diff({QStringLiteral("a.md")});
    QCOMPARE(result.kind, ChangeKind::None);
    QCOMPARE(result.path, QStringLiteral("a.md"));
    QVERIFY(result.hunks.isEmpty());
}

void TestFileDiff::contentAtRevision()
{
    QVERIFY(m_repo->write(QStringLiteral("docs/a.md"), "first\n"));
    commitAll(QStringLiteral("one"));
    FOLIO_GIT(m_repo->path, QStringLiteral("checkout"), QStringLiteral("-qb"),
              QStringLiteral("topic"));
    QVERIFY(m_repo->write(QStringLiteral("docs/a.md"), "second\n"));
    commitAll(QStringLiteral("two"));
    QVERIFY(m_repo->write(QStringLiteral("docs/a.md"), "edited, not committed\n"));
    auto repo = Repository::discover(m_repo->path);
    QCOMPARE(
        Git::fileAtRevision(*repo, QStringLiteral("docs/a.md")).value(),
        Test::git(m_repo->path, {QStringLiteral("show"), QStringLiteral("HEAD:docs/a.md")}).out);
    QCOMPARE(
        Git::fileAtRevision(*repo, QStringLiteral("docs/a.md"), QStringLiteral("main")).value(),
        QByteArray("first\n"));
    const auto missing = Git::fileAtRevision(*repo, QStringLiteral("docs/none.md"));
    QVERIFY(!missing);
    QVERIFY(Repository::isNotFound(missing.error()));
    QVERIFY(!Git::fileAtRevision(*repo, QStringLiteral("docs")));
}

QTEST_GUILESS_MAIN(TestFileDiff)
#include "tst_filediff.moc"
