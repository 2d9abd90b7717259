#include "workspace/quickopendialog.h"

#include "workspace/quickopendelegate.h"
#include "workspace/quickopenmodel.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace Folio::Workspace {

namespace {

constexpr int preferredWidth = 640;
constexpr int visibleRows = 10;

} // namespace

QuickOpenDialog::QuickOpenDialog(QWidget *parent)
    : QDialog(parent, Qt::Popup)
{
    setObjectName(QStringLiteral("quickOpenDialog"));
    setWindowTitle(tr("Go to Page"));
    setAccessibleName(tr("Go to page"));

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("quickOpenQuery"));
    m_edit->setAccessibleName(tr("Page title or path"));
    m_edit->setPlaceholderText(tr("Go to page by title or path"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("quickOpenStatus"));
    m_status->setAccessibleName(tr("Quick open status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    m_model = new QuickOpenModel(this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("quickOpenList"));
    m_view->setAccessibleName(tr("Matching pages"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new QuickOpenDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The typing stays in the line edit; the arrow keys there move in the list.
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setMinimumHeight(
        m_view->itemDelegate()->sizeHint(QStyleOptionViewItem(), QModelIndex()).height() *
        visibleRows);
    connect(m_view, &QListView::clicked, this, &QuickOpenDialog::choose);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_edit);
    resize(preferredWidth, sizeHint().height());

    connect(m_edit, &QLineEdit::textChanged, this, &QuickOpenDialog::updateMatches);
    updateMatches();
}

const QList<QuickOpenMatch> &QuickOpenDialog::matches() const
{
    return m_model->matches();
}

void QuickOpenDialog::setIndex(const PageIndex &index)
{
    if (index.isSameSnapshot(m_index))
        return;
    m_index = index;
    m_matcher.reset();
    if (isVisible())
        updateMatches();
}

void QuickOpenDialog::setRecentPages(const QStringList &paths)
{
    m_recent = paths;
    if (isVisible() && m_edit->text().trimmed().isEmpty())
        updateMatches();
}

QList<QuickOpenMatch> QuickOpenDialog::recentMatches() const
{
    QList<QuickOpenMatch> matches;
    for (const QString &path : m_recent) {
        if (matches.size() == MaximumMatches)
            break;
        const qsizetype page = m_index.indexOf(path);
        // A recent page deleted since is left out; while indexing, paths are all there is.
        if (page < 0 && !m_index.isEmpty())
            continue;
        QuickOpenMatch match;
        match.page = page;
        match.path = path;
        match.title = page >= 0 ? m_index.at(page).title : QString();
        matches.append(match);
    }
    return matches;
}

void QuickOpenDialog::updateMatches()
{
    const QString query = m_edit->text();
    const bool indexing = m_index.isEmpty() && m_index.handbook().rootPath().isEmpty();
    QList<QuickOpenMatch> matches;
    QString status;
    if (query.trimmed().isEmpty()) {
        matches = recentMatches();
        if (indexing)
            status = tr("Indexing the handbook…");
    } else if (indexing) {
        status = tr("Indexing the handbook…");
    } else {
        if (!m_matcher)
            m_matcher.emplace(m_index);
        matches = m_matcher->match(query, MaximumMatches);
        if (matches.isEmpty())
            status = tr("No page matches “%1”").arg(query.trimmed());
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_model->setMatches(matches);
    if (!matches.isEmpty())
        m_view->setCurrentIndex(m_model->index(0));
}

void QuickOpenDialog::choose(const QModelIndex &index)
{
    // A click can also activate: only the first one counts.
    if (!index.isValid() || !isVisible())
        return;
    const QString path = index.data(QuickOpenModel::PathRole).toString();
    accept();
    Q_EMIT pageChosen(path);
}

bool QuickOpenDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            // The list moves its selection as if it had the focus.
            if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
                QKeyEvent forwarded(key->type(), key->key(), Qt::NoModifier, key->text());
                QCoreApplication::sendEvent(m_view, &forwarded);
                return true;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose(m_view->currentIndex());
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickOpenDialog::showEvent(QShowEvent *event)
{
    // Every Ctrl+P starts afresh, with the recent pages.
    m_edit->clear();
    updateMatches();
    placeOverParent();
    QDialog::showEvent(event);
    m_edit->setFocus(Qt::PopupFocusReason);
}

void QuickOpenDialog::placeOverParent()
{
    // Where locators usually are: centred near the top of the window.
    const QWidget *window = parentWidget() ? parentWidget()->window() : nullptr;
    if (!window)
        return;
    const QRect frame = window->geometry();
    const int width = qMin(preferredWidth, qMax(320, frame.width() - 40));
    resize(width, height());
    move(frame.left() + (frame.width() - width) / 2, frame.top() + frame.height() / 10);
}

} // namespace Folio::Workspace
