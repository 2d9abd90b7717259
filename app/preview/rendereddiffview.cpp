#include "preview/rendereddiffview.h"

#include "preview/previewview.h"
#include "widgets/palettes.h"
#include "widgets/shortcuttext.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Folio::Preview {

RenderedDiffView::RenderedDiffView(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    m_position = new QLabel(this);
    m_position->setTextFormat(Qt::PlainText);

    // Shortcuts work wherever the focus is inside the view, the web page included.
    auto *previousAction = m_previousAction =
        new QAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Previous Change"), this);
    previousAction->setShortcuts(
        {QKeySequence(Qt::SHIFT | Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Up)});
    previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    previousAction->setToolTip(tr("Previous change (%1, %2)")
                                   .arg(Widgets::shortcutText(previousAction->shortcuts().at(0)),
                                        Widgets::shortcutText(previousAction->shortcuts().at(1))));
    connect(previousAction, &QAction::triggered, this, &RenderedDiffView::previousChange);
    addAction(previousAction);
    auto *nextAction = m_nextAction =
        new QAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Next Change"), this);
    nextAction->setShortcuts({QKeySequence(Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Down)});
    nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    nextAction->setToolTip(tr("Next change (%1, %2)")
                               .arg(Widgets::shortcutText(nextAction->shortcuts().at(0)),
                                    Widgets::shortcutText(nextAction->shortcuts().at(1))));
    connect(nextAction, &QAction::triggered, this, &RenderedDiffView::nextChange);
    addAction(nextAction);

    m_previous = new QToolButton(this);
    m_previous->setDefaultAction(previousAction);
    m_previous->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_next = new QToolButton(this);
    m_next->setDefaultAction(nextAction);
    m_next->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 4);
    auto *labels = new QVBoxLayout;
    labels->setSpacing(0);
    labels->addWidget(m_title);
    labels->addWidget(m_summary);
    bar->addLayout(labels, 1);
    bar->addWidget(m_legend);
    bar->addSpacing(12);
    bar->addWidget(m_position);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);

    m_preview = new PreviewView(this);
    connect(m_preview, &PreviewView::pageLinkActivated, this, &RenderedDiffView::pageLinkActivated);
    connect(m_preview, &PreviewView::contentUpdated, this, [this] {
        if (!m_computing)
            Q_EMIT diffShown();
    });
    connect(&m_watcher, &QFutureWatcher<Markdown::RenderedDiff>::finished, this,
            &RenderedDiffView::onDiffComputed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_preview, 1);
    updateBar();
}

RenderedDiffView::~RenderedDiffView()
{
    // The computation holds copies only; waiting keeps its watcher from outliving us.
    m_watcher.waitForFinished();
}

void RenderedDiffView::setHandbook(const Handbook::Handbook &handbook)
{
    m_handbook = handbook;
    m_preview->setHandbook(handbook);
}

void RenderedDiffView::showDiff(const QString &relativePath, const QString &oldText,
                                const QString &newText, const QString &baseLabel)
{
    m_page = relativePath;
    m_baseLabel = baseLabel;
    m_diff = {};
    m_changes.clear();
    m_current = -1;
    m_computing = true;
    m_preview->showPage(relativePath);
    // Rendering both versions of a long page is too slow for the UI thread. One computation
    // at a time: a request made meanwhile waits, and only the newest is kept.
    m_pending = Request{oldText, newText, m_handbook.renderOptions(relativePath), ++m_request};
    if (!m_watcher.isRunning())
        startPending();
    updateBar();
}

void RenderedDiffView::showDiff(const QString &relativePath, const Markdown::RenderedDiff &diff,
                                const QString &baseLabel)
{
    m_page = relativePath;
    m_baseLabel = baseLabel;
    ++m_request; // a computation still running is now stale
    m_pending.reset();
    m_preview->showPage(relativePath);
    apply(diff);
}

void RenderedDiffView::startPending()
{
    const Request request = *std::exchange(m_pending, std::nullopt);
    m_watchedRequest = request.id;
    m_watcher.setFuture(QtConcurrent::run([request] {
        return Markdown::RenderedDiffer::diffPages(request.oldText, request.newText,
                                                   request.options);
    }));
}

void RenderedDiffView::onDiffComputed()
{
    if (m_watchedRequest == m_request)
        apply(m_watcher.result());
    if (m_pending)
        startPending();
}

void RenderedDiffView::apply(const Markdown::RenderedDiff &diff)
{
    m_computing = false;
    m_diff = diff;
    m_changes = m_diff.changeStarts();
    m_current = -1;
    m_preview->setContent(m_diff.toPage());
    updateBar();
}

void RenderedDiffView::evaluate(const QString &script,
                                const std::function<void(const QVariant &)> &callback)
{
    m_preview->evaluate(script, callback);
}

void RenderedDiffView::nextChange()
{
    if (!m_changes.isEmpty())
        showChange(std::min(m_current + 1, int(m_changes.size()) - 1));
}

void RenderedDiffView::previousChange()
{
    if (!m_changes.isEmpty())
        showChange(std::max(m_current - 1, 0));
}

void RenderedDiffView::showChange(int index)
{
    m_current = index;
    updateBar();
    // The preview shows its own (empty) page header first, then the diff's blocks.
    const int block = m_changes[index] + 1;
    QPointer<RenderedDiffView> self(this);
    m_preview->evaluate(QStringLiteral("folio.showBlock(%1);").arg(block),
                        [self, index, request = m_request](const QVariant &) {
                            if (self && request == self->m_request)
                                Q_EMIT self->changeShown(index);
                        });
}

QString RenderedDiffView::summaryText() const
{
    if (m_page.isEmpty())
        return {};
    if (m_computing)
        return tr("Comparing…");
    const Markdown::RenderedDiffSummary &s = m_diff.summary;
    if (s.isEmpty())
        return tr("No changes");
    QStringList blocks;
    if (s.changedBlocks > 0)
        blocks.append(tr("%n block(s) changed", nullptr, s.changedBlocks));
    if (s.insertedBlocks > 0)
        blocks.append(tr("%n block(s) added", nullptr, s.insertedBlocks));
    if (s.deletedBlocks > 0)
        blocks.append(tr("%n block(s) removed", nullptr, s.deletedBlocks));
    QStringList words;
    if (s.insertedWords > 0)
        words.append(tr("%n word(s) added", nullptr, s.insertedWords));
    if (s.deletedWords > 0)
        words.append(tr("%n word(s) removed", nullptr, s.deletedWords));
    QString text = blocks.join(tr(", "));
    if (!words.isEmpty())
        text = tr("%1; %2").arg(text, words.join(tr(", ")));
    return text;
}

void RenderedDiffView::updateBar()
{
    if (m_page.isEmpty())
        m_title->clear();
    else if (m_baseLabel.isEmpty())
        m_title->setText(tr("Changes to %1").arg(m_page));
    else
        m_title->setText(tr("Changes to %1 since %2").arg(m_page, m_baseLabel));
    m_summary->setText(summaryText());

    // The same colours as the marks in the page (preview.css), so the legend reads as a key.
    const bool dark = Widgets::isDarkPalette(palette());
    const QString swatch =
        QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>");
    const QString foreground = dark ? QStringLiteral("#dcdce0") : QStringLiteral("#333238");
    m_legend->setText(swatch.arg(dark ? QStringLiteral("#1f5230") : QStringLiteral("#c7f0d2"),
                                 foreground, tr("Added").toHtmlEscaped()) +
                      QStringLiteral("&nbsp;") +
                      swatch.arg(dark ? QStringLiteral("#6a2a2f") : QStringLiteral("#fac5cd"),
                                 foreground,
                                 QStringLiteral("<s>%1</s>").arg(tr("Removed").toHtmlEscaped())));
    m_legend->setVisible(!m_page.isEmpty());

    const int count = int(m_changes.size());
    if (count == 0)
        m_position->clear();
    else if (m_current < 0)
        m_position->setText(tr("%n change(s)", nullptr, count));
    else
        m_position->setText(tr("Change %1 of %2").arg(m_current + 1).arg(count));
    m_previousAction->setEnabled(m_current > 0);
    m_nextAction->setEnabled(count > 0 && m_current < count - 1);
}

} // namespace Folio::Preview
