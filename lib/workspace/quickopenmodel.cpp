#include "workspace/quickopenmodel.h"

namespace Folio::Workspace {

QuickOpenModel::QuickOpenModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void QuickOpenModel::setMatches(const QList<QuickOpenMatch> &matches)
{
    beginResetModel();
    m_matches = matches;
    endResetModel();
}

int QuickOpenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant QuickOpenModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuickOpenMatch &match = m_matches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return match.title.isEmpty() ? match.path : match.title;
    case Qt::ToolTipRole:
        return match.path;
    case Qt::AccessibleTextRole:
        return match.title.isEmpty() ? match.path : tr("%1, %2").arg(match.title, match.path);
    case PathRole:
        return match.path;
    case TitleRole:
        return match.title;
    case TitlePositionsRole:
        return QVariant::fromValue(match.titlePositions);
    case PathPositionsRole:
        return QVariant::fromValue(match.pathPositions);
    default:
        return {};
    }
}

} // namespace Folio::Workspace

// Kept out of folio_core's shared mocs_compilation.cpp, like HandbookSearch: the command line
// links this library and must not pull in every QObject.
#include "moc_quickopenmodel.cpp"
