#include "git/diffview.h"

#include "handbook/handbook.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace Folio::Git {

namespace {

// A diff longer than this is cut: building a QTextDocument of 100,000 lines freezes the UI.
constexpr int maxShownLines = 5000;

QColor mixed(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

QString number(int n)
{
    return (n > 0 ? QString::number(n) : QString()).rightJustified(5, u' ');
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_base = new QComboBox(this);
    m_base->setObjectName(QStringLiteral("diffBase"));
    m_base->setAccessibleName(tr("Compare with"));
    m_base->setToolTip(tr("What the file is compared with"));
    m_base->addItem(tr("Last commit"));
    m_base->addItem(tr("Target branch"));
    m_rendered = new QToolButton(this);
    m_rendered->setObjectName(QStringLiteral("renderedDiffButton"));
    m_rendered->setText(tr("Rendered"));
    m_rendered->setToolTip(tr("Show the changes in the page as it will be published"));
    m_rendered->setAccessibleName(tr("Show rendered diff"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("diffText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Differences"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_base);
    bar->addWidget(m_rendered);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);
    setFocusProxy(m_text);

    connect(m_base, &QComboBox::currentIndexChanged, this, [this] {
        updateRenderedButton();
        Q_EMIT baseChanged();
    });
    connect(m_rendered, &QToolButton::clicked, this, [this] {
        if (m_diff)
            Q_EMIT renderedDiffRequested(m_diff->path, baseRevision());
    });
    setTargetBranch({});
    showMessage(tr("Select a file to see what changed."));
}

void DiffView::setTargetBranch(const QString &revision)
{
    m_targetRevision = revision;
    m_base->setItemText(1, revision.isEmpty() ? tr("Target branch")
                                              : tr("Target branch (%1)").arg(revision));
    // Disabled rather than hidden, so the user learns the choice exists.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_base->model()))
        model->item(1)->setEnabled(!revision.isEmpty());
    if (revision.isEmpty() && m_base->currentIndex() == 1)
        m_base->setCurrentIndex(0);
}

DiffView::Base DiffView::base() const
{
    return m_base->currentIndex() == 1 && !m_targetRevision.isEmpty() ? Base::TargetBranch
                                                                      : Base::LastCommit;
}

QString DiffView::baseRevision() const
{
    return base() == Base::TargetBranch ? m_targetRevision : QStringLiteral("HEAD");
}

FileDiffRequest DiffView::request(const QString &path, const QString &oldPath) const
{
    FileDiffRequest request;
    request.path = path;
    request.oldPath = oldPath;
    if (base() == Base::TargetBranch) {
        request.base = DiffBase::Revision;
        request.revision = m_targetRevision;
    }
    return request;
}

void DiffView::showDiff(const FileDiff &diff)
{
    m_diff = diff;
    render();
}

void DiffView::showMessage(const QString &text)
{
    m_diff.reset();
    m_title->clear();
    m_text->setPlainText(text);
    updateRenderedButton();
}

void DiffView::changeEvent(QEvent *event)
{
    // Tints are computed from the palette: a switch to a dark theme needs new ones.
    if (event->type() == QEvent::PaletteChange && m_diff)
        render();
    QWidget::changeEvent(event);
}

void DiffView::updateRenderedButton()
{
    m_rendered->setEnabled(m_diff && !m_diff->binary &&
                           Handbook::Handbook::isPageFileName(QFileInfo(m_diff->path).fileName()));
}

void DiffView::render()
{
    const FileDiff &diff = *m_diff;
    m_title->setText(diff.oldPath.isEmpty() ? diff.path
                                            : tr("%1 → %2").arg(diff.oldPath, diff.path));
    updateRenderedButton();
    if (diff.binary) {
        m_text->setPlainText(tr("This is a binary file: its changes cannot be shown as text."));
        return;
    }
    if (diff.hunks.isEmpty()) {
        m_text->setPlainText(base() == Base::TargetBranch
                                 ? tr("No differences from the target branch.")
                                 : tr("No differences from the last commit."));
        return;
    }

    const QPalette p = palette();
    const QColor base = p.color(QPalette::Base);
    const QColor green(46, 160, 67);
    const QColor red(218, 54, 51);
    QTextCharFormat plain;
    plain.setForeground(p.color(QPalette::Text));
    QTextCharFormat muted;
    muted.setForeground(p.color(QPalette::PlaceholderText));

    QTextDocument *document = m_text->document();
    document->clear();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    bool first = true;
    int shown = 0;
    auto newBlock = [&](const QTextBlockFormat &format) {
        if (first)
            cursor.setBlockFormat(format);
        else
            cursor.insertBlock(format);
        first = false;
    };
    for (const DiffHunk &hunk : diff.hunks) {
        newBlock(QTextBlockFormat());
        cursor.insertText(hunk.header, muted);
        for (const DiffLine &line : hunk.lines) {
            if (++shown > maxShownLines)
                break;
            QTextBlockFormat block;
            block.setProperty(LineKindProperty, int(line.kind));
            QTextCharFormat emphasis = plain;
            emphasis.setProperty(EmphasisProperty, true);
            QChar marker = u' ';
            if (line.kind == DiffLineKind::Added) {
                block.setBackground(mixed(base, green, 0.18));
                emphasis.setBackground(mixed(base, green, 0.45));
                marker = u'+';
            } else if (line.kind == DiffLineKind::Removed) {
                block.setBackground(mixed(base, red, 0.18));
                emphasis.setBackground(mixed(base, red, 0.45));
                marker = u'-';
            }
            newBlock(block);
            cursor.insertText(number(line.oldNumber) + number(line.newNumber) + u' ', muted);
            cursor.insertText(QString(marker) + u' ', plain);
            qsizetype at = 0;
            for (const TextRange &range : line.emphasis) {
                if (range.start < at || range.start + range.length > line.text.size())
                    continue; // defensive: never index outside the line
                cursor.insertText(line.text.mid(at, range.start - at), plain);
                cursor.insertText(line.text.mid(range.start, range.length), emphasis);
                at = range.start + range.length;
            }
            cursor.insertText(line.text.mid(at), plain);
            if (line.noNewlineAtEnd) {
                newBlock(QTextBlockFormat());
                cursor.insertText(tr("(no line break at the end of the file)"), muted);
            }
        }
        if (shown > maxShownLines) {
            newBlock(QTextBlockFormat());
            cursor.insertText(tr("The diff is too long to show here: only its first %n lines "
                                 "are shown.",
                                 nullptr, maxShownLines),
                              muted);
            break;
        }
    }
    cursor.endEditBlock();
    m_text->moveCursor(QTextCursor::Start);
}

} // namespace Folio::Git
