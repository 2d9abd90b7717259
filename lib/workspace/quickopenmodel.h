#pragma once

#include "workspace/quickopenmatcher.h"

#include <QAbstractListModel>
#include <QList>

namespace Folio::Workspace {

// The quick-open list: one row per QuickOpenMatch, best first. The list is replaced as a whole
// on every keystroke (a reset is cheaper than diffing 50 rows, and the selection goes back to
// the best match anyway).
class QuickOpenModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        PathRole = Qt::UserRole + 1, // QString, relative to the root
        TitleRole,                   // QString, may be empty
        TitlePositionsRole,          // QList<int>, matched characters of TitleRole
        PathPositionsRole,           // QList<int>, matched characters of PathRole
    };

    explicit QuickOpenModel(QObject *parent = nullptr);

    void setMatches(const QList<QuickOpenMatch> &matches);
    [[nodiscard]] const QList<QuickOpenMatch> &matches() const { return m_matches; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<QuickOpenMatch> m_matches;
};

} // namespace Folio::Workspace
