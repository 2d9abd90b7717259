#include "frontmatter/frontmatterpanel.h"

#include "editor/editorview.h"

#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace Folio::FrontMatter {

using Document::FieldValue;
using Document::FrontMatterField;

namespace {

// Typing in the form is written into the page after this pause (or when leaving the field):
// one undo step per burst of typing rather than per character.
constexpr int writeDelayMs = 400;

} // namespace

FrontMatterPanel::FrontMatterPanel(QWidget *parent)
    : QDockWidget(tr("Front Matter"), parent)
{
    setObjectName(QStringLiteral("frontMatterPanel"));
    auto *body = new QWidget(this);
    m_problem = new QLabel(body);
    m_problem->setObjectName(QStringLiteral("frontMatterProblem"));
    m_problem->setAccessibleName(tr("Front matter problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b3261e; "
                                            "padding: 4px; border-radius: 3px;"));
    m_problem->hide();
    m_empty = new QLabel(tr("Open a page to edit its front matter."), body);
    m_empty->setWordWrap(true);

    m_fields = new QWidget;
    auto *fieldsLayout = new QVBoxLayout(m_fields);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A dock is narrow: each label above its field, and the fields as wide as the dock.
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    fieldsLayout->addLayout(m_form);
    fieldsLayout->addStretch(1);
    auto *scroll = new QScrollArea(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_fields);

    m_add = new QPushButton(tr("&Add Field"), body);
    m_add->setObjectName(QStringLiteral("addFieldButton"));
    m_add->setAccessibleName(tr("Add a front matter field"));
    auto *addMenu = new QMenu(m_add);
    m_add->setMenu(addMenu);
    connect(addMenu, &QMenu::aboutToShow, this, [this, addMenu] {
        addMenu->clear();
        QStringList known = m_hints.keys();
        known.sort();
        for (const QString &key : std::as_const(known)) {
            if (m_frontMatter && !m_frontMatter->field(key))
                addMenu->addAction(key, this, [this, key] { setValue(key, FieldValue::null()); });
        }
        if (!addMenu->isEmpty())
            addMenu->addSeparator();
        addMenu->addAction(tr("Other…"), this, [this] {
            bool ok = false;
            const QString key = QInputDialog::getText(this, tr("Add Field"), tr("Field name:"),
                                                      QLineEdit::Normal, QString(), &ok)
                                    .trimmed();
            if (ok && !key.isEmpty())
                setValue(key, FieldValue::null());
        });
    });

    auto *layout = new QVBoxLayout(body);
    layout->addWidget(m_problem);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    setWidget(body);

    m_readTimer.setSingleShot(true);
    m_readTimer.setInterval(0);
    connect(&m_readTimer, &QTimer::timeout, this, &FrontMatterPanel::readText);
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setInterval(writeDelayMs);
    connect(&m_writeTimer, &QTimer::timeout, this, &FrontMatterPanel::writePending);
    readText();
}

void FrontMatterPanel::setEditor(Editor::EditorView *editor)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_editor = editor;
    m_document = editor ? editor->document() : nullptr;
    if (m_document)
        connect(m_document, &QTextDocument::contentsChanged, this, &FrontMatterPanel::scheduleRead);
    scheduleRead();
}

void FrontMatterPanel::setHints(const QHash<QString, FieldHint> &hints,
                                std::function<QString(const QString &)> nearMiss)
{
    m_hints = hints;
    m_nearMiss = std::move(nearMiss);
    m_keys.clear(); // rebuild: labels and kinds depend on the hints
    scheduleRead();
}

void FrontMatterPanel::setSchema(const Checks::FrontMatterSchema &schema)
{
    QHash<QString, FieldHint> hints;
    for (const Checks::FieldSpec &spec : schema.fields()) {
        FieldHint hint;
        hint.required = spec.requirement == Checks::FieldRequirement::Required;
        hint.recommended = spec.requirement == Checks::FieldRequirement::Recommended;
        hint.choices = spec.allowedValues;
        switch (spec.type) {
        case Checks::FieldType::Text:
            hint.type = FieldValue::Type::String;
            break;
        case Checks::FieldType::Boolean:
            hint.type = FieldValue::Type::Boolean;
            break;
        case Checks::FieldType::Number:
            hint.type = FieldValue::Type::Number;
            break;
        case Checks::FieldType::Date:
            hint.type = FieldValue::Type::Date;
            break;
        case Checks::FieldType::List:
            hint.type = FieldValue::Type::List;
            break;
        case Checks::FieldType::Mapping:
            hint.type = FieldValue::Type::Raw;
            break;
        case Checks::FieldType::Any:
            break;
        }
        if (spec.pageCount > 0)
            hint.description = tr("Used by %n page(s) of this handbook", nullptr, spec.pageCount);
        hints.insert(spec.key, hint);
    }
    setHints(hints, [schema](const QString &key) { return schema.nearMiss(key); });
}

void FrontMatterPanel::scheduleRead()
{
    if (!m_writing)
        m_readTimer.start();
}

bool FrontMatterPanel::isFormEnabled() const
{
    return m_fields->isEnabled() && m_frontMatter.has_value();
}

QString FrontMatterPanel::problemText() const
{
    return m_problem->isVisible() || !m_problem->isHidden() ? m_problem->text() : QString();
}

FieldEditor *FrontMatterPanel::fieldEditor(const QString &key) const
{
    return m_editors.value(key);
}

void FrontMatterPanel::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void FrontMatterPanel::readText()
{
    m_readTimer.stop();
    const bool pageOpen = m_editor && !m_editor->isReadOnly();
    m_empty->setVisible(!pageOpen);
    m_add->setEnabled(false);
    if (!pageOpen) {
        m_frontMatter.reset();
        showProblem({});
        rebuild({});
        m_fields->setEnabled(false);
        Q_EMIT formUpdated();
        return;
    }
    auto opened = Document::FrontMatterEditor::open(m_editor->pageText());
    if (!opened) {
        // The text is the user's to fix; the form waits, showing where the problem is.
        m_frontMatter.reset();
        m_fields->setEnabled(false);
        const Error &error = opened.error();
        showProblem(
            error.line > 0
                ? tr("Line %1, column %2: %3").arg(error.line).arg(error.column).arg(error.message)
                : error.message);
        Q_EMIT formUpdated();
        return;
    }
    m_frontMatter = std::move(*opened);
    const QString readOnly = m_frontMatter->readOnlyReason();
    showProblem(readOnly.isEmpty()
                    ? QString()
                    : tr("The form cannot edit this front matter: %1").arg(readOnly));
    m_fields->setEnabled(readOnly.isEmpty());
    m_add->setEnabled(readOnly.isEmpty());

    QStringList keys;
    for (const FrontMatterField &field : m_frontMatter->fields())
        keys.append(field.key);
    // Keys the handbook expects are offered even when the page lacks them.
    QStringList expected;
    for (auto it = m_hints.cbegin(); it != m_hints.cend(); ++it) {
        if ((it->required || it->recommended) && !keys.contains(it.key()))
            expected.append(it.key());
    }
    expected.sort();
    keys += expected;

    bool sameRows = keys == m_keys;
    for (const QString &key : std::as_const(keys)) {
        if (!sameRows)
            break;
        sameRows = m_kinds.value(key) == kindFor(key) && m_editors.value(key);
    }
    if (!sameRows)
        rebuild(keys);
    updateValues();
    Q_EMIT formUpdated();
}

FieldHint FrontMatterPanel::hintFor(const QString &key) const
{
    // A misspelled key used by a page or two is learned like any other: it still gets the
    // suggestion of the key it resembles.
    FieldHint hint = m_hints.value(key);
    if (hint.suggestion.isEmpty() && !hint.required && !hint.recommended && m_nearMiss)
        hint.suggestion = m_nearMiss(key);
    return hint;
}

FieldEditor::Kind FrontMatterPanel::kindFor(const QString &key) const
{
    const FrontMatterField *field = m_frontMatter ? m_frontMatter->field(key) : nullptr;
    const FieldHint hint = hintFor(key);
    if (field && !field->isEditable())
        return FieldEditor::Kind::Raw;
    FieldValue::Type type = field ? field->value.type() : FieldValue::Type::Null;
    if (type == FieldValue::Type::Null && hint.type)
        type = *hint.type;
    switch (type) {
    case FieldValue::Type::Boolean:
        return FieldEditor::Kind::Boolean;
    case FieldValue::Type::Date:
        return FieldEditor::Kind::Date;
    case FieldValue::Type::List:
        return FieldEditor::Kind::List;
    case FieldValue::Type::Raw:
        return FieldEditor::Kind::Raw;
    case FieldValue::Type::String:
        if (field && field->value.text().contains(u'\n'))
            return FieldEditor::Kind::MultiLine;
        [[fallthrough]];
    case FieldValue::Type::Null:
    case FieldValue::Type::Number:
        break;
    }
    if (!hint.choices.isEmpty())
        return FieldEditor::Kind::Choice;
    if (key == u"description")
        return FieldEditor::Kind::MultiLine;
    return FieldEditor::Kind::Line;
}

QWidget *FrontMatterPanel::labelFor(const QString &key)
{
    const FieldHint hint = hintFor(key);
    auto *label = new QLabel(hint.required ? tr("%1 *").arg(key) : key);
    label->setObjectName(QStringLiteral("label:") + key);
    QStringList tip;
    if (hint.required)
        tip.append(tr("Required"));
    else if (hint.recommended)
        tip.append(tr("Recommended"));
    if (!hint.description.isEmpty())
        tip.append(hint.description);
    label->setToolTip(tip.join(QStringLiteral(" — ")));
    if (hint.required) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

void FrontMatterPanel::rebuild(const QStringList &keys)
{
    writePending(); // nothing typed is lost with its widget
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_kinds.clear();
    m_keys = keys;
    for (const QString &key : keys) {
        const FieldHint hint = hintFor(key);
        const FieldEditor::Kind kind = kindFor(key);
        FieldEditor *editor = FieldEditor::create(
            kind, hint.required ? tr("%1 (required)").arg(key) : key, hint.choices, m_fields);
        editor->setObjectName(QStringLiteral("field:") + key);
        const FrontMatterField *field = m_frontMatter ? m_frontMatter->field(key) : nullptr;
        if (!field)
            editor->setPlaceholder(hint.required ? tr("Required: this page has no %1").arg(key)
                                                 : tr("Recommended: this page has no %1").arg(key));
        if (field && !field->isEditable()) {
            editor->setEnabled(false);
            editor->setToolTip(field->readOnlyReason);
        }
        m_editors.insert(key, editor);
        m_kinds.insert(key, kind);
        connect(editor, &FieldEditor::edited, this, [this, key] {
            if (!m_pendingKey.isEmpty() && m_pendingKey != key)
                writePending();
            m_pendingKey = key;
            m_writeTimer.start();
        });
        connect(editor, &FieldEditor::committed, this, [this, key] {
            m_pendingKey = key;
            writePending();
        });

        auto *row = new QWidget(m_fields);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(editor, 1);
        if (field) {
            auto *more = new QToolButton(row);
            more->setText(QStringLiteral("⋯"));
            more->setObjectName(QStringLiteral("more:") + key);
            more->setAccessibleName(tr("More for %1").arg(key));
            more->setPopupMode(QToolButton::InstantPopup);
            auto *menu = new QMenu(more);
            QAction *remove =
                menu->addAction(tr("Remove “%1”").arg(key), this, [this, key] { removeKey(key); });
            remove->setObjectName(QStringLiteral("remove:") + key);
            more->setMenu(menu);
            rowLayout->addWidget(more);
        }
        m_form->addRow(labelFor(key), row);
        if (field && !hint.suggestion.isEmpty()) {
            auto *fix =
                new QPushButton(tr("Did you mean “%1”? Rename").arg(hint.suggestion), m_fields);
            fix->setObjectName(QStringLiteral("rename:") + key);
            fix->setAccessibleName(tr("Rename %1 to %2").arg(key, hint.suggestion));
            connect(fix, &QPushButton::clicked, this,
                    [this, key, to = hint.suggestion] { renameKey(key, to); });
            m_form->addRow(QString(), fix);
        }
    }
}

void FrontMatterPanel::updateValues()
{
    for (const QString &key : std::as_const(m_keys)) {
        FieldEditor *editor = m_editors.value(key);
        if (!editor || key == m_pendingKey)
            continue;
        const FrontMatterField *field = m_frontMatter ? m_frontMatter->field(key) : nullptr;
        FieldValue value = field ? field->value : FieldValue::null();
        if (field && editor->kind() == FieldEditor::Kind::Raw)
            value = FieldValue::raw(field->rawYaml);
        editor->setValue(value);
    }
}

FieldValue FrontMatterPanel::typedValue(const QString &key, const FieldEditor *editor) const
{
    FieldValue value = editor->value();
    const FrontMatterField *field = m_frontMatter ? m_frontMatter->field(key) : nullptr;
    const FieldValue::Type was = field ? field->value.type() : FieldValue::Type::Null;
    if (value.type() == FieldValue::Type::String) {
        // An empty box on a key without value is no edit; a number stays a number.
        if (value.text().isEmpty() && was == FieldValue::Type::Null)
            return FieldValue::null();
        if (was == FieldValue::Type::Number) {
            const FieldValue number = FieldValue::numberFromYaml(value.text().trimmed());
            if (!number.isNull())
                return number;
        }
    }
    return value;
}

void FrontMatterPanel::writePending()
{
    m_writeTimer.stop();
    const QString key = std::exchange(m_pendingKey, QString());
    FieldEditor *editor = m_editors.value(key);
    if (key.isEmpty() || !editor || !m_frontMatter)
        return;
    const FieldValue value = typedValue(key, editor);
    const FrontMatterField *field = m_frontMatter->field(key);
    if (!field && value.isNull())
        return; // an expected key left empty
    if (field && field->value.sameAs(value))
        return;
    setValue(key, value);
}

bool FrontMatterPanel::setValue(const QString &key, const FieldValue &value)
{
    if (!m_frontMatter)
        return false;
    return apply(m_frontMatter->setValue(key, value));
}

bool FrontMatterPanel::removeKey(const QString &key)
{
    if (!m_frontMatter)
        return false;
    return apply(m_frontMatter->removeKey(key));
}

bool FrontMatterPanel::renameKey(const QString &key, const QString &newKey)
{
    if (!m_frontMatter)
        return false;
    return apply(m_frontMatter->renameKey(key, newKey));
}

bool FrontMatterPanel::apply(const Result<Document::TextEdit> &edit)
{
    if (!edit) {
        showProblem(tr("This change was not made: %1").arg(edit.error().message));
        updateValues(); // the form goes back to what the page says
        return false;
    }
    if (edit->isNoOp() || !m_document)
        return true;
    // One edit block: the editor's undo stack takes a form edit as one step.
    m_writing = true;
    QTextCursor cursor(m_document);
    cursor.beginEditBlock();
    cursor.setPosition(int(edit->start));
    cursor.setPosition(int(edit->start + edit->length), QTextCursor::KeepAnchor);
    cursor.insertText(edit->replacement);
    cursor.endEditBlock();
    m_writing = false;
    readText();
    return true;
}

} // namespace Folio::FrontMatter
