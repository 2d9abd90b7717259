#include "review/problemspanel.h"

#include "checks/problemsmodel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Folio::Review {

namespace {

// Problem rows: the severity's icon, the message and where it is; page rows: the path and
// how many problems it has.
class ProblemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto severity =
            Checks::Severity(index.data(Checks::ProblemsModel::SeverityRole).toInt());
        QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        switch (severity) {
        case Checks::Severity::Error:
            option->icon = style->standardIcon(QStyle::SP_MessageBoxCritical);
            break;
        case Checks::Severity::Warning:
            option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
            break;
        case Checks::Severity::Info:
            option->icon = style->standardIcon(QStyle::SP_MessageBoxInformation);
            break;
        }
        option->features |= QStyleOptionViewItem::HasDecoration;
        if (index.data(Checks::ProblemsModel::IsPageRole).toBool()) {
            option->text = ProblemsPanel::tr("%1 (%2)")
                               .arg(index.data(Checks::ProblemsModel::PathRole).toString())
                               .arg(index.data(Checks::ProblemsModel::CountRole).toInt());
            option->font.setBold(true);
            return;
        }
        const auto problem =
            index.data(Checks::ProblemsModel::ProblemRole).value<Checks::Problem>();
        option->text = problem.line > 0 ? ProblemsPanel::tr("%1  —  line %2, column %3")
                                              .arg(problem.message)
                                              .arg(problem.line)
                                              .arg(problem.column)
                                        : problem.message;
        if (!problem.suggestions.isEmpty())
            option->text += ProblemsPanel::tr("  (did you mean %1?)")
                                .arg(problem.suggestions.mid(0, 3).join(QStringLiteral(", ")));
    }
};

} // namespace

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new Checks::ProblemsModel(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_checkHandbook(new QPushButton(tr("Check Handbook"), this))
    , m_progress(new QProgressBar(this))
{
    setAccessibleName(tr("Problems"));
    const auto toggle = [this](const QString &text, Checks::Category category) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setAccessibleName(tr("Show problems: %1").arg(text));
        button->setToolTip(tr("Show or hide problems: %1").arg(text));
        connect(button, &QToolButton::toggled, this, [this, category](bool shown) {
            m_model->setCategoryVisible(category, shown);
            m_view->expandAll();
        });
        return button;
    };
    m_spelling = toggle(tr("Spelling"), Checks::Category::Spelling);
    m_links = toggle(tr("Links"), Checks::Category::Link);
    m_frontMatter = toggle(tr("Front Matter"), Checks::Category::FrontMatter);

    m_checkHandbook->setAccessibleName(tr("Check every page of the handbook"));
    m_checkHandbook->setToolTip(
        tr("Check the spelling, links and front matter of every page of the handbook"));
    connect(m_checkHandbook, &QPushButton::clicked, this, [this] {
        if (m_checkingHandbook)
            Q_EMIT stopHandbookCheckRequested();
        else
            Q_EMIT checkHandbookRequested();
    });
    m_progress->setAccessibleName(tr("Pages checked"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_summary->setAccessibleName(tr("Problem count"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_spelling);
    bar->addWidget(m_links);
    bar->addWidget(m_frontMatter);
    bar->addSpacing(8);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_checkHandbook);

    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setItemDelegate(new ProblemDelegate(m_view));
    m_view->setAccessibleName(tr("Problems found"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_view, &QTreeView::activated, this, &ProblemsPanel::activate);
    connect(m_view, &QTreeView::clicked, this, &ProblemsPanel::activate);
    // New pages arrive expanded: a problem hidden in a collapsed group goes unread.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &inserted, int first, int last) {
                if (inserted.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    m_view->expand(m_model->index(row, 0));
            });
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_model, &Checks::ProblemsModel::countsChanged, this, &ProblemsPanel::updateSummary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    updateSummary();
}

QToolButton *ProblemsPanel::categoryButton(Checks::Category category) const
{
    switch (category) {
    case Checks::Category::Spelling:
        return m_spelling;
    case Checks::Category::Link:
        return m_links;
    case Checks::Category::FrontMatter:
        break;
    }
    return m_frontMatter;
}

QString ProblemsPanel::summaryText() const
{
    return m_summary->text();
}

void ProblemsPanel::setCurrentPage(const QString &path)
{
    m_currentPage = path;
    updateSummary();
}

void ProblemsPanel::setHandbookCheckProgress(int done, int total)
{
    m_checkingHandbook = total >= 0;
    m_progress->setVisible(m_checkingHandbook);
    if (m_checkingHandbook) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        m_checkHandbook->setText(tr("Stop"));
        m_checkHandbook->setAccessibleName(tr("Stop checking the handbook"));
    } else {
        m_checkHandbook->setText(tr("Check Handbook"));
        m_checkHandbook->setAccessibleName(tr("Check every page of the handbook"));
    }
}

void ProblemsPanel::updateSummary()
{
    const int errors = m_model->count(Checks::Severity::Error);
    const int warnings = m_model->count(Checks::Severity::Warning);
    const int infos = m_model->count(Checks::Severity::Info);
    const int onPage = int(m_model->problems(m_currentPage).size());
    if (errors + warnings + infos == 0) {
        m_summary->setText(tr("No problems"));
        return;
    }
    QStringList parts;
    if (errors > 0)
        parts.append(tr("%n error(s)", nullptr, errors));
    if (warnings > 0)
        parts.append(tr("%n warning(s)", nullptr, warnings));
    if (infos > 0)
        parts.append(tr("%n note(s)", nullptr, infos));
    const int pages = m_model->rowCount();
    const bool onlyThisPage = pages == 0 || (pages == 1 && onPage > 0);
    m_summary->setText(
        onlyThisPage
            ? parts.join(QStringLiteral(", "))
            : tr("%1 in %n page(s)", nullptr, pages).arg(parts.join(QStringLiteral(", "))));
}

void ProblemsPanel::activate(const QModelIndex &index)
{
    if (!index.isValid() || index.data(Checks::ProblemsModel::IsPageRole).toBool())
        return;
    Q_EMIT problemActivated(
        index.data(Checks::ProblemsModel::PathRole).toString(),
        index.data(Checks::ProblemsModel::ProblemRole).value<Checks::Problem>());
}

void ProblemsPanel::activateNext(bool backwards)
{
    // Problem rows in view order, then the one after the current.
    QList<QModelIndex> rows;
    for (int page = 0; page < m_model->rowCount(); ++page) {
        const QModelIndex parent = m_model->index(page, 0);
        for (int row = 0; row < m_model->rowCount(parent); ++row)
            rows.append(m_model->index(row, 0, parent));
    }
    if (rows.isEmpty())
        return;
    const QModelIndex current = m_view->currentIndex();
    qsizetype at = rows.indexOf(current);
    if (at < 0 && current.isValid() && current.data(Checks::ProblemsModel::IsPageRole).toBool())
        at = rows.indexOf(m_model->index(0, 0, current)) - (backwards ? 0 : 1);
    const qsizetype count = rows.size();
    const qsizetype next =
        at < 0 ? (backwards ? count - 1 : 0) : (at + (backwards ? count - 1 : 1)) % count;
    m_view->setCurrentIndex(rows[next]);
    m_view->scrollTo(rows[next]);
    activate(rows[next]);
}

} // namespace Folio::Review
