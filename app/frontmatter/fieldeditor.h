#pragma once

#include "document/fieldvalue.h"

#include <QStringList>
#include <QWidget>

namespace Folio::FrontMatter {

// The widget that edits one front-matter value in the form: a line, a multi-line text, an
// editable combo box of the values the handbook uses, a check box, a date, a list or raw
// YAML. Emits edited() as the user types (the panel writes to the page after a pause) and
// committed() when the user is done with it (Enter, leaving the field): written at once.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Line,
        MultiLine,
        Choice, // editable combo box: the handbook's values for the key, or anything else
        Boolean,
        Date,
        List,
        Raw,
    };

    // choices: for Choice, the values offered.
    static FieldEditor *create(Kind kind, const QString &accessibleName,
                               const QStringList &choices = {}, QWidget *parent = nullptr);

    [[nodiscard]] Kind kind() const { return m_kind; }
    // The value the widget shows, typed for the page (a Line with "true" stays a string).
    [[nodiscard]] virtual Document::FieldValue value() const = 0;
    // Shows value without emitting edited(); ignored while the user has unsent typing in it.
    virtual void setValue(const Document::FieldValue &value) = 0;
    // The grey text an empty text field shows (why it is offered); ignored by other kinds.
    virtual void setPlaceholder(const QString &text) { Q_UNUSED(text) }

Q_SIGNALS:
    void edited();
    void committed();

protected:
    explicit FieldEditor(Kind kind, QWidget *parent);
    bool m_showing = false; // setValue() is filling the widget: not an edit

private:
    Kind m_kind;
};

} // namespace Folio::FrontMatter
