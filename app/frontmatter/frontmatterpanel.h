#pragma once

#include "checks/frontmatterschema.h"
#include "document/fieldvalue.h"
#include "document/frontmattereditor.h"
#include "frontmatter/fieldeditor.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTextDocument;

namespace Folio::Editor {
class EditorView;
}

namespace Folio::FrontMatter {

// What the form knows about a key beyond its value: from the handbook's schema.
struct FieldHint
{
    bool required = false;
    bool recommended = false;
    std::optional<Document::FieldValue::Type> type; // the type the handbook uses for it
    QStringList choices;                            // the values it takes, for a combo box
    QString suggestion; // a known key this one is probably a misspelling of
    QString description;
};

// The "Front Matter" dock: the open page's front matter as a form. It follows the editor's
// text (every change re-reads it) and writes each form edit into the editor as the one small
// text change Document::FrontMatterEditor computes, so comments, order and quoting of the
// rest stay as they are and Ctrl+Z in the editor undoes a form edit. Invalid YAML disables
// the form and says where the error is; the text is never touched then.
class FrontMatterPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit FrontMatterPanel(QWidget *parent = nullptr);

    // The editor whose page the form edits (its document may be replaced by setPageText).
    void setEditor(Editor::EditorView *editor);
    // Hints per key (required, type, values) and the keys to offer even when a page lacks
    // them (required and recommended ones). nearMiss: for a key without a hint, the known key
    // it is probably a misspelling of (empty when none).
    void setHints(const QHash<QString, FieldHint> &hints,
                  std::function<QString(const QString &)> nearMiss = {});
    // The hints of the handbook's schema (built in for its era, learned from its pages).
    void setSchema(const Checks::FrontMatterSchema &schema);

    // Writes a value into the page (as if typed in the form); false with the reason shown
    // when the edit is refused.
    bool setValue(const QString &key, const Document::FieldValue &value);
    bool removeKey(const QString &key);
    bool renameKey(const QString &key, const QString &newKey);
    // Writes what the user typed in the form and the panel has not written yet (it waits for
    // a pause): before saving, or before the editor gets another page.
    void flush() { writePending(); }

    [[nodiscard]] bool isFormEnabled() const;
    // The YAML error or the refused edit the panel shows; empty when there is none.
    [[nodiscard]] QString problemText() const;
    [[nodiscard]] FieldEditor *fieldEditor(const QString &key) const;
    [[nodiscard]] QStringList shownKeys() const { return m_keys; }

Q_SIGNALS:
    // The form shows the editor's current text (after every re-read).
    void formUpdated();

private:
    void scheduleRead();
    void readText();
    void rebuild(const QStringList &keys);
    void updateValues();
    void writePending();
    bool apply(const Result<Document::TextEdit> &edit);
    void showProblem(const QString &text);
    [[nodiscard]] FieldHint hintFor(const QString &key) const;
    [[nodiscard]] FieldEditor::Kind kindFor(const QString &key) const;
    [[nodiscard]] Document::FieldValue typedValue(const QString &key,
                                                  const FieldEditor *editor) const;
    [[nodiscard]] QWidget *labelFor(const QString &key);

    QPointer<Editor::EditorView> m_editor;
    QPointer<QTextDocument> m_document;
    std::optional<Document::FrontMatterEditor> m_frontMatter; // of the text last read
    QHash<QString, FieldHint> m_hints;
    std::function<QString(const QString &)> m_nearMiss;
    QStringList m_keys;                              // rows, in order
    QHash<QString, FieldEditor::Kind> m_kinds;       // per row
    QHash<QString, QPointer<FieldEditor>> m_editors; // per row
    QString m_pendingKey;                            // typed into, not written yet
    QTimer m_readTimer;
    QTimer m_writeTimer;
    bool m_writing = false;

    QWidget *m_fields = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace Folio::FrontMatter
