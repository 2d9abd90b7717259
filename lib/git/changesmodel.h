#pragma once

#include "git/changelist.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Folio::Git {

// The git panel's list of changed files: one row per Change, checkable for "include in the
// next commit". Check states belong to paths and survive refreshes; a path seen for the first
// time starts checked when it is a page, unchecked otherwise (images, config files... are
// listed, but committed only when the user asks). Refreshes emit precise row signals, so a
// view keeps its selection and scroll position.
class ChangesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        PathRole = Qt::UserRole + 1, // QString, relative to the work tree
        OldPathRole,                 // QString, the name before a rename
        KindRole,                    // int(ChangeKind)
        StatusLetterRole,            // QString, "M", "A", "D", "R", "T", "U", "C"
        StatusTextRole,              // QString, translated: "Modified", "Renamed"...
        TitleRole,                   // QString, the page title; empty for other files
        IsPageRole,                  // bool
    };

    explicit ChangesModel(QObject *parent = nullptr);

    // Replaces the list. pageTitles maps the changed paths that are pages to their titles
    // (an empty title for a page without one); see readPageTitles().
    void setChanges(const ChangeList &list, const QHash<QString, QString> &pageTitles = {});
    void clear();

    [[nodiscard]] const ChangeList &changeList() const { return m_list; }
    [[nodiscard]] Change change(int row) const;
    [[nodiscard]] bool isPage(int row) const;
    [[nodiscard]] QString title(int row) const;
    [[nodiscard]] int rowForPath(const QString &path) const; // -1 when not listed

    // Checked paths in row order, and the titles of those that are pages (for
    // defaultCommitMessage()).
    [[nodiscard]] QStringList checkedPaths() const;
    [[nodiscard]] QHash<QString, QString> checkedTitles() const;
    void setChecked(const QString &path, bool checked);

    [[nodiscard]] static QString statusLetter(ChangeKind kind);
    [[nodiscard]] static QString statusText(ChangeKind kind);

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The set of checked paths changed, by the user or because rows came or went.
    void checkedPathsChanged();

private:
    struct Row
    {
        Change change;
        bool page = false;
        QString title;

        friend bool operator==(const Row &, const Row &) = default;
    };

    [[nodiscard]] QString displayText(const Row &row) const;

    QList<Row> m_rows; // sorted by change.path
    QHash<QString, bool> m_checked;
    ChangeList m_list;
};

// Which of changes are pages, with their titles (Handbook::readTitle): the second argument of
// ChangesModel::setChanges(). workdir is the repository's work tree with a trailing '/'. Reads
// the beginning of every changed page: call it off the UI thread.
[[nodiscard]] QHash<QString, QString> readPageTitles(const QList<Change> &changes,
                                                     const QString &workdir);

} // namespace Folio::Git
