#pragma once

#include "linking/linkcompletion.h"
#include "workspace/indexedpage.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Folio::Editor {

// Ctrl+K: the link's text, and its target picked from the handbook's pages (fuzzy over
// titles and paths, title and URL shown) with an optional heading of the chosen page, or typed
// as a URL. Up/Down in the target field move in the page list; Enter accepts.
class LinkDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LinkDialog(QWidget *parent = nullptr);

    // Prepares the dialog: completion over the current snapshot, the open page (relative path)
    // and its headings as typed, and the link being edited (text, target) or a new one.
    void prepare(const Linking::LinkCompletion *completion, const QString &page,
                 const QList<Workspace::PageHeading> &pageHeadings, const QString &text,
                 const QString &target);

    // After acceptance: what to write.
    [[nodiscard]] QString linkText() const;
    [[nodiscard]] QString linkTarget() const;

    [[nodiscard]] QLineEdit *textEdit() const { return m_text; }
    [[nodiscard]] QLineEdit *targetEdit() const { return m_target; }
    [[nodiscard]] QListWidget *pageList() const { return m_pages; }
    [[nodiscard]] QComboBox *headingBox() const { return m_heading; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePages();
    void updateHeadings();
    [[nodiscard]] bool targetIsTyped() const; // a URL or an anchor, not a page to pick
    [[nodiscard]] QString chosenPage() const;

    const Linking::LinkCompletion *m_completion = nullptr;
    QString m_page;
    QList<Workspace::PageHeading> m_pageHeadings;
    QString m_preferredAnchor; // the edited link's, selected when its page is chosen

    QLineEdit *m_text = nullptr;
    QLineEdit *m_target = nullptr;
    QListWidget *m_pages = nullptr;
    QComboBox *m_heading = nullptr;
};

} // namespace Folio::Editor
