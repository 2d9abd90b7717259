#include "about/aboutdialog.h"
#include "editor/editorview.h"
#include "editor/gotolinedialog.h"
#include "editor/linkdialog.h"
#include "git/backupsdialog.h"
#include "git/clonedialog.h"
#include "git/gitlibrary.h"
#include "git/identitydialog.h"
#include "git/mergedialog.h"
#include "git/newbranchdialog.h"
#include "git/proposedialog.h"
#include "mainwindow/mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "webenginetestmain.h"
#include "workspace/quickopendialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QWebEngineView>

#include <memory>

using namespace Folio;

namespace {

// Widgets a keyboard or screen-reader user operates.
bool isInteractive(const QWidget *widget)
{
    if (qobject_cast<const QScrollBar *>(widget))
        return false; // part of the view they scroll
    if (const auto *tabs = qobject_cast<const QTabBar *>(widget); tabs && tabs->count() == 0)
        return false; // one Qt keeps for panels stacked later: nothing to operate
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QTextEdit *>(widget) ||
           qobject_cast<const QAbstractSlider *>(widget) || qobject_cast<const QTabBar *>(widget) ||
           qobject_cast<const QWebEngineView *>(widget);
}

// Parts of one control that the control names as a whole (a combo box's line edit and its
// list, a spin box's editor, a view's header, a line edit's clear button).
bool isPartOfAControl(const QWidget *widget)
{
    if (widget->window()->inherits("QComboBoxPrivateContainer"))
        return true;
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox *>(parent) ||
            qobject_cast<const QAbstractSpinBox *>(parent) ||
            qobject_cast<const QLineEdit *>(parent) ||
            qobject_cast<const QAbstractItemView *>(parent))
            return true;
        if (parent->isWindow())
            break;
    }
    return false;
}

// "QLineEdit#proposeLabels in Folio::Git::ProposeDialog", for the failure message.
QString describe(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u'#' + widget->objectName();
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty() || parent->isWindow()) {
            text += QStringLiteral(" in %1#%2")
                        .arg(QString::fromLatin1(parent->metaObject()->className()),
                             parent->objectName());
            break;
        }
    }
    return text;
}

// The interactive widgets under root that a screen reader would announce without a name.
QStringList unnamedControls(const QWidget *root)
{
    QStringList unnamed;
    QList<const QWidget *> widgets{root};
    for (const QWidget *child : root->findChildren<QWidget *>())
        widgets.append(child);
    for (const QWidget *widget : std::as_const(widgets)) {
        if (!isInteractive(widget) || isPartOfAControl(widget))
            continue;
        QAccessibleInterface *accessible =
            QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget));
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(describe(widget));
    }
    return unnamed;
}

} // namespace

// Screen readers announce controls by their accessible names: every control Folio shows
// has one, from its text, its label (buddy) or set explicitly.
class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindowControlsAreNamed();
    void dialogsControlsAreNamed();
    void f6VisitsEveryPanelByKeyboard();

private:
    // Shown and active, with the demo handbook's first page open.
    [[nodiscard]] static bool showOnTheDemoHandbook(MainWindow *window);

    QTemporaryDir m_home;
    Git::GitLibrary m_git;
};

void TestAccessibility::initTestCase()
{
    Test::useTemporaryHome(m_home);
    QSettings().setValue(QStringLiteral("editor/autosave"), false);
}

bool TestAccessibility::showOnTheDemoHandbook(MainWindow *window)
{
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowActive(window))
        return false;
    window->openDemoHandbook();
    return QTest::qWaitFor([window] { return !window->currentPage().isEmpty(); }, 10000);
}

void TestAccessibility::mainWindowControlsAreNamed()
{
    MainWindow window;
    QVERIFY(showOnTheDemoHandbook(&window));
    // Every dock shown, and the find bar open, so nothing hides from the walk.
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->show();
    window.editor()->setFocus();
    QTest::keyClick(window.editor(), Qt::Key_H, Qt::ControlModifier);
    QStringList unnamed = unnamedControls(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));

    // The dialogs that talk to git.
    Git::GitService *git = window.gitService();
    Git::ProposeDialog::Input input;
    input.pages.append({QStringLiteral("content/handbook/_index.md"), QStringLiteral("Home")});
    input.defaultBranch = QStringLiteral("main");
    const std::unique_ptr<QDialog> dialogs[] = {
        std::make_unique<Git::CloneDialog>(git, &window),
        std::make_unique<GitPanel::BackupsDialog>(git, &window),
        std::make_unique<GitPanel::MergeDialog>(git, &window),
        std::make_unique<Git::ProposeDialog>(git, input, &window),
    };
    for (const std::unique_ptr<QDialog> &dialog : dialogs) {
        unnamed = unnamedControls(dialog.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }
}

void TestAccessibility::dialogsControlsAreNamed()
{
    QWidget parent;
    Preferences::PreferencesDialog preferences(
        Preferences::Preferences(),
        {QStringLiteral("en_US"), {QStringLiteral("SA-HANDBOOK")}, QStringLiteral("main")},
        &parent);
    QStringList unnamed = unnamedControls(&preferences);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    const std::unique_ptr<QDialog> dialogs[] = {
        std::make_unique<About::AboutDialog>(Versions::current(), &parent),
        std::make_unique<Editor::GoToLineDialog>(&parent),
        std::make_unique<Editor::LinkDialog>(&parent),
        std::make_unique<Git::IdentityDialog>(&parent),
        std::make_unique<GitPanel::NewBranchDialog>(&parent),
        std::make_unique<Workspace::QuickOpenDialog>(&parent),
    };
    for (const std::unique_ptr<QDialog> &dialog : dialogs) {
        unnamed = unnamedControls(dialog.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }
}

void TestAccessibility::f6VisitsEveryPanelByKeyboard()
{
    MainWindow window;
    QVERIFY(showOnTheDemoHandbook(&window));
    // Every dock shown: the stacked ones show their current tab.
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->show();
    QTRY_VERIFY(window.panels().size() >= 5); // tree, editor, preview, a right and a bottom dock
    const QList<QWidget *> panels = window.panels();
    QVERIFY(panels.contains(window.editor()));
    window.editor()->setFocus();
    QTRY_VERIFY(window.editor()->hasFocus());
    const auto panelOfFocus = [&] {
        for (QWidget *panel : panels) {
            const QWidget *focused = QApplication::focusWidget();
            if (focused && (focused == panel || panel->isAncestorOf(focused)))
                return panel;
        }
        return static_cast<QWidget *>(nullptr);
    };
    // F6 walks the panels in order and comes back to the editor; Shift+F6 walks back.
    const qsizetype editorIndex = panels.indexOf(window.editor());
    for (qsizetype step = 1; step <= panels.size(); ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QWidget *expected = panels[(editorIndex + step) % panels.size()];
        QTRY_COMPARE(panelOfFocus(), expected);
        QVERIFY(QApplication::focusWidget()->focusPolicy() & Qt::TabFocus);
    }
    QVERIFY(window.editor()->hasFocus());
    QTest::keyClick(window.editor(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_COMPARE(panelOfFocus(), panels[(editorIndex + panels.size() - 1) % panels.size()]);
}

FOLIO_WEBENGINE_TEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
