#include "editor/editorview.h"
#include "frontmatter/fieldeditor.h"
#include "frontmatter/frontmatterpanel.h"
#include "webenginetestmain.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Folio;
using Folio::Document::FieldValue;
using Folio::FrontMatter::FieldEditor;
using Folio::FrontMatter::FieldHint;
using Folio::FrontMatter::FrontMatterPanel;

// The front-matter form beside a real editor: what the user does in the form lands in the
// page as a minimal text change on the editor's undo stack, and what they type in the page
// shows in the form.

namespace {

const QString page = QStringLiteral("---\n"
                                    "# Shown in the handbook's navigation\n"
                                    "title: 'Solutions Architects'\n"
                                    "description: Who we are\n"
                                    "toc_hide: false\n"
                                    "weight: 20\n"
                                    "aliases: [/handbook/sa/, /handbook/sales/sa/]\n"
                                    "---\n"
                                    "\n"
                                    "# Solutions Architects\n");

} // namespace

class TestFrontMatterPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsTheFieldsInPageOrder();
    void typingATitleChangesOnlyTheTitle();
    void ctrlZInTheEditorUndoesAFormEdit();
    void typingInThePageUpdatesTheForm();
    void invalidYamlDisablesTheFormAndSaysWhere();
    void checkBoxAndNumberKeepTheirTypes();
    void listItemsAreAddedAndRemoved();
    void removingAFieldRemovesItsLines();
    void expectedFieldsAreOfferedAndMarked();
    void nearMissKeyIsRenamedOnRequest();
    void datesArePickedAsDates();
    void addFieldMenuAddsAKey();

private:
    template<typename T> T *child(const QString &key) const
    {
        FieldEditor *editor = m_panel->fieldEditor(key);
        return editor ? editor->findChild<T *>() : nullptr;
    }

    QWidget *m_window = nullptr;
    Editor::EditorView *m_editor = nullptr;
    FrontMatterPanel *m_panel = nullptr;
};

void TestFrontMatterPanel::init()
{
    m_window = new QWidget;
    auto *layout = new QVBoxLayout(m_window);
    m_editor = new Editor::EditorView(m_window);
    m_panel = new FrontMatterPanel(m_window);
    layout->addWidget(m_editor);
    layout->addWidget(m_panel);
    m_panel->setEditor(m_editor);
    m_editor->setPageText(page);
    m_window->resize(500, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // The panel re-reads the text on the next turn of the event loop.
    QTRY_VERIFY(m_panel->isFormEnabled());
}

void TestFrontMatterPanel::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestFrontMatterPanel::showsTheFieldsInPageOrder()
{
    QCOMPARE(m_panel->shownKeys(),
             (QStringList{QStringLiteral("title"), QStringLiteral("description"),
                          QStringLiteral("toc_hide"), QStringLiteral("weight"),
                          QStringLiteral("aliases")}));
    QCOMPARE(m_panel->fieldEditor(QStringLiteral("title"))->kind(), FieldEditor::Kind::Line);
    QCOMPARE(child<QLineEdit>(QStringLiteral("title"))->text(),
             QStringLiteral("Solutions Architects"));
    QCOMPARE(m_panel->fieldEditor(QStringLiteral("toc_hide"))->kind(), FieldEditor::Kind::Boolean);
    QCOMPARE(m_panel->fieldEditor(QStringLiteral("aliases"))->kind(), FieldEditor::Kind::List);
    QCOMPARE(child<QListWidget>(QStringLiteral("aliases"))->count(), 2);
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("description"))->toPlainText(),
             QStringLiteral("Who we are"));
}

void TestFrontMatterPanel::typingATitleChangesOnlyTheTitle()
{
    QLineEdit *title = child<QLineEdit>(QStringLiteral("title"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Solutions Architects' guide"));
    QTest::keyClick(title, Qt::Key_Return);
    QString expected = page;
    // The new title has a quote in it: still single-quoted, the quote doubled.
    expected.replace(QStringLiteral("'Solutions Architects'"),
                     QStringLiteral("'Solutions Architects'' guide'"));
    QTRY_COMPARE(m_editor->pageText(), expected);
    QVERIFY(m_editor->document()->isModified());
}

void TestFrontMatterPanel::ctrlZInTheEditorUndoesAFormEdit()
{
    QLineEdit *title = child<QLineEdit>(QStringLiteral("title"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Sales Engineering"));
    QTest::keyClick(title, Qt::Key_Tab); // leaving the field writes it
    QTRY_VERIFY(m_editor->pageText().contains(QStringLiteral("title: 'Sales Engineering'")));

    m_editor->setFocus();
    QTest::keyClick(m_editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->pageText(), page);
    QTRY_COMPARE(child<QLineEdit>(QStringLiteral("title"))->text(),
                 QStringLiteral("Solutions Architects"));
    QTest::keyClick(m_editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(child<QLineEdit>(QStringLiteral("title"))->text(),
                 QStringLiteral("Sales Engineering"));
}

void TestFrontMatterPanel::typingInThePageUpdatesTheForm()
{
    // Put the cursor at the end of the description line and type.
    const QTextBlock line = m_editor->document()->findBlockByNumber(3);
    QVERIFY(line.text().startsWith(QStringLiteral("description:")));
    QTextCursor cursor(line);
    cursor.movePosition(QTextCursor::EndOfBlock);
    m_editor->setTextCursor(cursor);
    m_editor->setFocus();
    QTest::keyClicks(m_editor, QStringLiteral(" and what we do"));
    QTRY_COMPARE(child<QPlainTextEdit>(QStringLiteral("description"))->toPlainText(),
                 QStringLiteral("Who we are and what we do"));
}

void TestFrontMatterPanel::invalidYamlDisablesTheFormAndSaysWhere()
{
    const QString broken =
        QString(page).replace(QStringLiteral("weight: 20"), QStringLiteral("weight: [20"));
    m_editor->selectAll();
    m_editor->insertPlainText(broken);
    QTRY_VERIFY(!m_panel->isFormEnabled());
    QVERIFY2(m_panel->problemText().startsWith(QStringLiteral("Line ")),
             qPrintable(m_panel->problemText()));
    QVERIFY2(m_panel->problemText().contains(QStringLiteral("column")),
             qPrintable(m_panel->problemText()));
    QCOMPARE(m_editor->pageText(), broken); // nothing touched
    // Fixed in the text: the form is back.
    m_editor->selectAll();
    m_editor->insertPlainText(page);
    QTRY_VERIFY(m_panel->isFormEnabled());
    QCOMPARE(m_panel->problemText(), QString());
}

void TestFrontMatterPanel::checkBoxAndNumberKeepTheirTypes()
{
    QCheckBox *hide = child<QCheckBox>(QStringLiteral("toc_hide"));
    QVERIFY(!hide->isChecked());
    QTest::mouseClick(hide, Qt::LeftButton, {}, QPoint(4, hide->height() / 2));
    QTRY_VERIFY(m_editor->pageText().contains(QStringLiteral("\ntoc_hide: true\n")));

    QLineEdit *weight = child<QLineEdit>(QStringLiteral("weight"));
    weight->setFocus();
    weight->selectAll();
    QTest::keyClicks(weight, QStringLiteral("35"));
    QTest::keyClick(weight, Qt::Key_Return);
    // A number, not the string '35'.
    QTRY_VERIFY(m_editor->pageText().contains(QStringLiteral("\nweight: 35\n")));
}

void TestFrontMatterPanel::listItemsAreAddedAndRemoved()
{
    FieldEditor *aliases = m_panel->fieldEditor(QStringLiteral("aliases"));
    auto *add = aliases->findChild<QToolButton *>(QStringLiteral("addItem"));
    QTest::mouseClick(add, Qt::LeftButton);
    QListWidget *list = child<QListWidget>(QStringLiteral("aliases"));
    QWidget *itemEditor = nullptr; // the new item's in-place editor
    QTRY_VERIFY((itemEditor = QApplication::focusWidget()) &&
                itemEditor->parentWidget() == list->viewport());
    QTest::keyClicks(itemEditor, QStringLiteral("/handbook/se/"));
    QTest::keyClick(itemEditor, Qt::Key_Return);
    // The flow list stays a flow list.
    QTRY_VERIFY2(m_editor->pageText().contains(QStringLiteral(
                     "aliases: [/handbook/sa/, /handbook/sales/sa/, /handbook/se/]")),
                 qPrintable(m_editor->pageText()));

    list = child<QListWidget>(QStringLiteral("aliases"));
    list->setCurrentRow(0);
    QTest::mouseClick(m_panel->fieldEditor(QStringLiteral("aliases"))
                          ->findChild<QToolButton *>(QStringLiteral("removeItem")),
                      Qt::LeftButton);
    QTRY_VERIFY2(m_editor->pageText().contains(
                     QStringLiteral("aliases: [/handbook/sales/sa/, /handbook/se/]")),
                 qPrintable(m_editor->pageText()));
}

void TestFrontMatterPanel::removingAFieldRemovesItsLines()
{
    auto *remove = m_panel->findChild<QAction *>(QStringLiteral("remove:weight"));
    QVERIFY(remove);
    remove->trigger();
    QTRY_COMPARE(m_editor->pageText(), QString(page).remove(QStringLiteral("weight: 20\n")));
    QTRY_VERIFY(!m_panel->shownKeys().contains(QStringLiteral("weight")));
}

void TestFrontMatterPanel::expectedFieldsAreOfferedAndMarked()
{
    FieldHint layout;
    layout.required = true;
    layout.choices = {QStringLiteral("handbook-page-toc"), QStringLiteral("markdown_page")};
    m_panel->setHints({{QStringLiteral("layout"), layout}});
    QTRY_VERIFY(m_panel->shownKeys().contains(QStringLiteral("layout")));
    QCOMPARE(m_panel->fieldEditor(QStringLiteral("layout"))->kind(), FieldEditor::Kind::Choice);
    auto *label = m_panel->findChild<QLabel *>(QStringLiteral("label:layout"));
    QVERIFY(label && label->text().contains(u'*'));
    QCOMPARE(m_editor->pageText(), page); // offering a field writes nothing

    QComboBox *combo = child<QComboBox>(QStringLiteral("layout"));
    QCOMPARE(combo->count(), 2);
    combo->setFocus();
    QTest::keyClicks(combo, QStringLiteral("markdown_page"));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY2(m_editor->pageText().contains(QStringLiteral("\nlayout: markdown_page\n---\n")),
                 qPrintable(m_editor->pageText()));
}

void TestFrontMatterPanel::nearMissKeyIsRenamedOnRequest()
{
    m_editor->selectAll();
    m_editor->insertPlainText(
        QString(page).replace(QStringLiteral("description:"), QStringLiteral("decription:")));
    // As from a learned schema: the misspelled key is known (one page uses it), and the
    // schema says which key it resembles.
    m_panel->setHints({{QStringLiteral("decription"), FieldHint{}}}, [](const QString &key) {
        return key == u"decription" ? QStringLiteral("description") : QString();
    });
    QPushButton *rename = nullptr;
    QTRY_VERIFY((rename = m_panel->findChild<QPushButton *>(QStringLiteral("rename:decription"))));
    QTest::mouseClick(rename, Qt::LeftButton);
    QTRY_COMPARE(m_editor->pageText(), page);
}

void TestFrontMatterPanel::datesArePickedAsDates()
{
    m_editor->selectAll();
    m_editor->insertPlainText(
        QString(page).replace(QStringLiteral("weight: 20"), QStringLiteral("date: 2024-01-15")));
    QTRY_VERIFY(m_panel->fieldEditor(QStringLiteral("date")));
    QCOMPARE(m_panel->fieldEditor(QStringLiteral("date"))->kind(), FieldEditor::Kind::Date);
    QDateEdit *date = child<QDateEdit>(QStringLiteral("date"));
    QCOMPARE(date->date(), QDate(2024, 1, 15));
    date->setFocus();
    date->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(date, Qt::Key_Up);
    QTRY_VERIFY2(m_editor->pageText().contains(QStringLiteral("\ndate: 2024-01-16\n")),
                 qPrintable(m_editor->pageText()));
}

void TestFrontMatterPanel::addFieldMenuAddsAKey()
{
    FieldHint hint;
    hint.type = FieldValue::Type::List;
    m_panel->setHints({{QStringLiteral("authors"), hint}});
    auto *add = m_panel->findChild<QPushButton *>(QStringLiteral("addFieldButton"));
    QTRY_VERIFY(add->isEnabled());
    QMenu *menu = add->menu();
    Q_EMIT menu->aboutToShow();
    QAction *authors = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QStringLiteral("authors"))
            authors = action;
    }
    QVERIFY(authors);
    authors->trigger();
    QTRY_VERIFY2(m_editor->pageText().contains(QStringLiteral("\nauthors:\n---\n")),
                 qPrintable(m_editor->pageText()));
    QTRY_COMPARE(m_panel->fieldEditor(QStringLiteral("authors"))->kind(), FieldEditor::Kind::List);
}

FOLIO_WIDGETS_TEST_MAIN(TestFrontMatterPanel)
#include "tst_frontmatterpanel.moc"
