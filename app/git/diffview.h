#pragma once

#include "git/filediff.h"

#include <QTextFormat>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace Folio::Git {

// The text diff of one file: hunks with old and new line numbers, removed and added lines
// tinted from the palette (so dark themes get dark tints), the words that changed within a
// line emphasized. The user picks what the file is compared with: the last commit, or the
// target branch merge requests go to.
class DiffView : public QWidget
{
    Q_OBJECT

public:
    enum class Base
    {
        LastCommit,
        TargetBranch,
    };

    // Text format properties of the shown document, for tests and accessibility tools.
    enum FormatProperty
    {
        LineKindProperty = QTextFormat::UserProperty + 1, // block: int(DiffLineKind)
        EmphasisProperty,                                 // character: true on changed words
    };

    explicit DiffView(QWidget *parent = nullptr);

    // The revision TargetBranch compares with ("origin/main", "main"); empty disables it.
    void setTargetBranch(const QString &revision);
    [[nodiscard]] Base base() const;
    // What the shown file is compared with, as a revision: "HEAD" or the target branch.
    [[nodiscard]] QString baseRevision() const;
    // The request for path (and its former name) against the chosen base.
    [[nodiscard]] FileDiffRequest request(const QString &path, const QString &oldPath) const;

    void showDiff(const FileDiff &diff);
    // Replaces the diff with a sentence: nothing selected, loading, an error.
    void showMessage(const QString &text);
    [[nodiscard]] QString path() const { return m_diff ? m_diff->path : QString(); }
    [[nodiscard]] QPlainTextEdit *textView() const { return m_text; }

Q_SIGNALS:
    void baseChanged();
    // The hook for the rendered diff (the preview with insertions and deletions marked):
    // emitted by the "Rendered" button for the shown page; whoever builds that view
    // connects here and reads the page at baseRevision (GitService::readFileAtRevision).
    void renderedDiffRequested(const QString &path, const QString &baseRevision);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void updateRenderedButton();

    QLabel *m_title = nullptr;
    QComboBox *m_base = nullptr;
    QToolButton *m_rendered = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QString m_targetRevision;
    std::optional<FileDiff> m_diff;
};

} // namespace Folio::Git
