#include "frontmatter/fieldeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace Folio::FrontMatter {

using Document::FieldValue;

namespace {

QHBoxLayout *tightLayout(QWidget *owner)
{
    auto *layout = new QHBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

// A plain text box that reports leaving it, like QLineEdit::editingFinished.
class TextBox : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void()> onLeave;

protected:
    void focusOutEvent(QFocusEvent *event) override
    {
        QPlainTextEdit::focusOutEvent(event);
        if (onLeave)
            onLeave();
    }
};

class LineField : public FieldEditor
{
public:
    LineField(const QString &name, QWidget *parent)
        : FieldEditor(Kind::Line, parent)
        , m_edit(new QLineEdit(this))
    {
        m_edit->setAccessibleName(name);
        setFocusProxy(m_edit);
        tightLayout(this)->addWidget(m_edit);
        connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
        connect(m_edit, &QLineEdit::editingFinished, this, &FieldEditor::committed);
    }
    FieldValue value() const override { return FieldValue::string(m_edit->text()); }
    void setPlaceholder(const QString &text) override { m_edit->setPlaceholderText(text); }
    void setValue(const FieldValue &value) override
    {
        const QString text = value.type() == FieldValue::Type::List
                                 ? value.items().join(QStringLiteral(", "))
                                 : value.text();
        if (m_edit->text() != text && !m_edit->isModified())
            m_edit->setText(text);
        m_edit->setModified(false);
    }

private:
    QLineEdit *m_edit;
};

class MultiLineField : public FieldEditor
{
public:
    MultiLineField(Kind kind, const QString &name, QWidget *parent)
        : FieldEditor(kind, parent)
        , m_edit(new TextBox(this))
    {
        m_edit->setAccessibleName(name);
        m_edit->setTabChangesFocus(true);
        m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        if (kind == Kind::Raw)
            m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 4 + 12);
        setFocusProxy(m_edit);
        tightLayout(this)->addWidget(m_edit);
        connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_showing)
                Q_EMIT edited();
        });
        m_edit->onLeave = [this] { Q_EMIT committed(); };
    }
    void setPlaceholder(const QString &text) override { m_edit->setPlaceholderText(text); }
    FieldValue value() const override
    {
        return kind() == Kind::Raw ? FieldValue::raw(m_edit->toPlainText())
                                   : FieldValue::string(m_edit->toPlainText());
    }
    void setValue(const FieldValue &value) override
    {
        if (m_edit->hasFocus() && m_edit->document()->isModified())
            return; // the user's typing wins until it has been written
        if (m_edit->toPlainText() != value.text()) {
            m_showing = true;
            m_edit->setPlainText(value.text());
            m_showing = false;
        }
        m_edit->document()->setModified(false);
    }

private:
    TextBox *m_edit;
};

class ChoiceField : public FieldEditor
{
public:
    ChoiceField(const QString &name, const QStringList &choices, QWidget *parent)
        : FieldEditor(Kind::Choice, parent)
        , m_combo(new QComboBox(this))
    {
        m_combo->setEditable(true);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->addItems(choices);
        m_combo->setAccessibleName(name);
        setFocusProxy(m_combo);
        tightLayout(this)->addWidget(m_combo);
        connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, &FieldEditor::edited);
        connect(m_combo, &QComboBox::activated, this, &FieldEditor::committed);
        connect(m_combo->lineEdit(), &QLineEdit::editingFinished, this, &FieldEditor::committed);
    }
    FieldValue value() const override { return FieldValue::string(m_combo->currentText()); }
    void setPlaceholder(const QString &text) override
    {
        m_combo->lineEdit()->setPlaceholderText(text);
    }
    void setValue(const FieldValue &value) override
    {
        if (m_combo->lineEdit()->isModified())
            return;
        m_combo->setCurrentText(value.text());
    }

private:
    QComboBox *m_combo;
};

class BooleanField : public FieldEditor
{
public:
    BooleanField(const QString &name, QWidget *parent)
        : FieldEditor(Kind::Boolean, parent)
        , m_box(new QCheckBox(this))
    {
        m_box->setAccessibleName(name);
        setFocusProxy(m_box);
        tightLayout(this)->addWidget(m_box);
        connect(m_box, &QCheckBox::clicked, this, &FieldEditor::committed);
    }
    FieldValue value() const override { return FieldValue::boolean(m_box->isChecked()); }
    void setValue(const FieldValue &value) override { m_box->setChecked(value.toBool()); }

private:
    QCheckBox *m_box;
};

class DateField : public FieldEditor
{
public:
    DateField(const QString &name, QWidget *parent)
        : FieldEditor(Kind::Date, parent)
        , m_date(new QDateEdit(this))
    {
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_date->setAccessibleName(name);
        setFocusProxy(m_date);
        tightLayout(this)->addWidget(m_date);
        connect(m_date, &QDateEdit::dateChanged, this, [this] {
            if (!m_showing)
                Q_EMIT committed();
        });
    }
    FieldValue value() const override { return FieldValue::date(m_date->date()); }
    void setValue(const FieldValue &value) override
    {
        const QDate date = value.toDate();
        m_showing = true;
        m_date->setDate(date.isValid() ? date : QDate::currentDate());
        m_showing = false;
    }

private:
    QDateEdit *m_date;
};

class ListField : public FieldEditor
{
    Q_DECLARE_TR_FUNCTIONS(Folio::FrontMatter::ListField)

public:
    ListField(const QString &name, QWidget *parent)
        : FieldEditor(Kind::List, parent)
        , m_list(new QListWidget(this))
    {
        m_list->setAccessibleName(name);
        m_list->setEditTriggers(QAbstractItemView::DoubleClicked |
                                QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::AnyKeyPressed);
        m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * 4 + 12);
        auto *add = new QToolButton(this);
        add->setText(QStringLiteral("+"));
        add->setObjectName(QStringLiteral("addItem"));
        add->setToolTip(tr("Add an item"));
        add->setAccessibleName(tr("Add an item to %1").arg(name));
        auto *remove = new QToolButton(this);
        remove->setText(QStringLiteral("−"));
        remove->setObjectName(QStringLiteral("removeItem"));
        remove->setToolTip(tr("Remove the selected item"));
        remove->setAccessibleName(tr("Remove the selected item from %1").arg(name));
        auto *buttons = new QVBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        auto *layout = tightLayout(this);
        layout->addWidget(m_list, 1);
        layout->addLayout(buttons);
        setFocusProxy(m_list);
        connect(m_list, &QListWidget::itemChanged, this, [this] {
            if (!m_showing)
                Q_EMIT committed();
        });
        connect(add, &QToolButton::clicked, this, [this] {
            m_showing = true;
            auto *item = new QListWidgetItem(QString(), m_list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            m_showing = false;
            m_list->setCurrentItem(item);
            m_list->editItem(item); // written when the new item is named
        });
        connect(remove, &QToolButton::clicked, this, [this] {
            delete m_list->currentItem();
            Q_EMIT committed();
        });
    }
    FieldValue value() const override
    {
        QStringList items;
        for (int row = 0; row < m_list->count(); ++row) {
            const QString text = m_list->item(row)->text();
            if (!text.trimmed().isEmpty())
                items.append(text);
        }
        return FieldValue::list(items);
    }
    void setValue(const FieldValue &value) override
    {
        if (value.items() == this->value().items())
            return;
        m_showing = true;
        m_list->clear();
        for (const QString &text : value.items()) {
            auto *item = new QListWidgetItem(text, m_list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        m_showing = false;
    }

private:
    QListWidget *m_list;
};

} // namespace

FieldEditor::FieldEditor(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{}

FieldEditor *FieldEditor::create(Kind kind, const QString &accessibleName,
                                 const QStringList &choices, QWidget *parent)
{
    FieldEditor *editor = nullptr;
    switch (kind) {
    case Kind::Line:
        editor = new LineField(accessibleName, parent);
        break;
    case Kind::MultiLine:
    case Kind::Raw:
        editor = new MultiLineField(kind, accessibleName, parent);
        break;
    case Kind::Choice:
        editor = new ChoiceField(accessibleName, choices, parent);
        break;
    case Kind::Boolean:
        editor = new BooleanField(accessibleName, parent);
        break;
    case Kind::Date:
        editor = new DateField(accessibleName, parent);
        break;
    case Kind::List:
        editor = new ListField(accessibleName, parent);
        break;
    }
    return editor;
}

} // namespace Folio::FrontMatter
