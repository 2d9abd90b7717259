#include "checks/spellingdictionary.h"
#include "editor/editorview.h"
#include "git/gitlibrary.h"
#include "git/gitpanel.h"
#include "git/proposedialog.h"
#include "mainwindow/mainwindow.h"
#include "preferences/preferences.h"
#include "preferences/preferencesdialog.h"
#include "preview/previewview.h"
#include "previewtestsupport.h"
#include "review/reviewcontroller.h"
#include "webenginetestmain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

// Edit > Preferences, driven as a user would: each choice takes effect in the window at
// once, is stored, and is there again in the next window.
class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void choicesApplyAndAreRemembered();
    void restoreDefaultsAndCancel();
    void proposeDialogTakesTheDefaults();

private:
    Preferences::PreferencesDialog *openPreferences();
    template<typename T> T *control(Preferences::PreferencesDialog *dialog, const char *name)
    {
        auto *found = dialog->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }
    void pressOk(Preferences::PreferencesDialog *dialog);
    [[nodiscard]] QString previewThemeClass() const
    {
        return Test::previewThemeClass(m_window->preview());
    }

    QTemporaryDir m_home;
    MainWindow *m_window = nullptr;
    Git::GitLibrary m_git;
};

void TestPreferences::initTestCase()
{
    Test::useTemporaryHome(m_home);
}

void TestPreferences::init()
{
    QSettings().clear();
    QSettings().setValue(QStringLiteral("editor/autosave"), false);
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->openDemoHandbook();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!previewThemeClass().isEmpty(), 20000);
}

void TestPreferences::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

Preferences::PreferencesDialog *TestPreferences::openPreferences()
{
    // Through the Edit menu, as a user finds it.
    QMenu *edit = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("preferencesAction"));
    if (!edit || !action || !edit->actions().contains(action))
        return nullptr;
    if (!action->shortcut().isEmpty()) {
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window))
            return nullptr;
        m_window->editor()->setFocus();
        QTest::keySequence(m_window->editor(), action->shortcut());
    } else {
        action->trigger();
    }
    if (!QTest::qWaitFor([&] {
            return m_window->preferencesDialog() && m_window->preferencesDialog()->isVisible();
        }))
        return nullptr;
    return m_window->preferencesDialog();
}

void TestPreferences::pressOk(Preferences::PreferencesDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!m_window->preferencesDialog());
}

void TestPreferences::choicesApplyAndAreRemembered()
{
    QCOMPARE(previewThemeClass(), QStringLiteral("folio-light")); // the offscreen palette
    QVERIFY(m_window->autosaveAction()->isChecked() == false);
    Preferences::PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);

    // A font and size of one's own.
    auto *systemFont = control<QCheckBox>(dialog, "systemFontBox");
    QVERIFY(systemFont->isChecked());
    QTest::mouseClick(systemFont, Qt::LeftButton, {}, QPoint(5, systemFont->height() / 2));
    QVERIFY(!systemFont->isChecked());
    auto *size = control<QSpinBox>(dialog, "fontSizeBox");
    QVERIFY(size->isEnabled());
    size->selectAll();
    QTest::keyClicks(size, QStringLiteral("17"));
    const QString family = control<QFontComboBox>(dialog, "fontFamilyBox")->currentFont().family();

    auto *autosave = control<QCheckBox>(dialog, "autosaveBox");
    QTest::mouseClick(autosave, Qt::LeftButton, {}, QPoint(5, autosave->height() / 2));
    QVERIFY(autosave->isChecked());

    auto *theme = control<QComboBox>(dialog, "previewThemeBox");
    theme->setFocus();
    QTest::keyClick(theme, Qt::Key_End); // Dark
    QCOMPARE(theme->currentText(), QStringLiteral("Dark"));

    auto *language = control<QComboBox>(dialog, "spellingLanguageBox");
    const QStringList available = Checks::SpellingDictionary::availableLanguages();
    QCOMPARE(language->count(), available.size() + 1); // the handbook's, then each installed
    // The demo's .folio.yml names no language: the first entry says which one that means.
    QCOMPARE(language->itemText(0),
             QStringLiteral("The handbook's: English (United States) — en_US"));
    QString chosenLanguage;
    if (!available.isEmpty()) {
        language->setFocus();
        QTest::keyClick(language, Qt::Key_End);
        chosenLanguage = available.last();
        QCOMPARE(language->currentData().toString(), chosenLanguage);
    }

    QTest::keyClicks(control<QLineEdit>(dialog, "defaultLabelsEdit"),
                     QStringLiteral("docs, SA-HANDBOOK, docs"));
    QTest::keyClicks(control<QLineEdit>(dialog, "targetBranchEdit"),
                     QStringLiteral("handbook-next"));
    pressOk(dialog);

    // In effect at once.
    QCOMPARE(m_window->editor()->font().pointSizeF(), 17.0);
    QCOMPARE(m_window->editor()->font().family(), family);
    QVERIFY(m_window->autosaveAction()->isChecked());
    QVERIFY(m_window->preview()->isDark());
    QTRY_COMPARE(previewThemeClass(), QStringLiteral("folio-dark"));
    if (!chosenLanguage.isEmpty())
        QCOMPARE(m_window->review()->spellingLanguage(), chosenLanguage);
    const auto *git = m_window->findChild<Git::GitPanel *>();
    QVERIFY(git);
    QCOMPARE(git->preferredLabels(), (QStringList{u"docs"_qs, u"SA-HANDBOOK"_qs}));
    QCOMPARE(git->preferredTargetBranch(), QStringLiteral("handbook-next"));

    // Zoom still works from the new size, and back.
    m_window->activateWindow();
    m_window->editor()->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_VERIFY(m_window->editor()->hasFocus());
    QTest::keyClick(m_window->editor(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(m_window->editor()->font().pointSizeF(), 18.0);
    QTest::keyClick(m_window->editor(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->editor()->font().pointSizeF(), 17.0);

    // Stored in the standard place, and there in the next window.
    const QSettings settings;
    QVERIFY(settings.fileName().startsWith(m_home.path()));
    QCOMPARE(settings.value(QStringLiteral("preview/theme")).toString(), QStringLiteral("dark"));
    QCOMPARE(settings.value(QStringLiteral("editor/fontSize")).toInt(), 17);
    delete m_window;
    m_window = new MainWindow;
    m_window->show();
    QCOMPARE(m_window->editor()->font().pointSizeF(), 17.0);
    QVERIFY(m_window->autosaveAction()->isChecked());
    QVERIFY(m_window->preview()->isDark());
    dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(control<QSpinBox>(dialog, "fontSizeBox")->value(), 17);
    QCOMPARE(control<QComboBox>(dialog, "previewThemeBox")->currentText(), QStringLiteral("Dark"));
    QCOMPARE(control<QLineEdit>(dialog, "defaultLabelsEdit")->text(),
             QStringLiteral("docs, SA-HANDBOOK"));
    dialog->reject();
}

void TestPreferences::restoreDefaultsAndCancel()
{
    Preferences::Preferences chosen;
    chosen.editorFontSize = 20;
    chosen.previewTheme = Preferences::PreviewTheme::Dark;
    chosen.save();
    Preferences::PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    // Cancel changes nothing.
    auto *size = control<QSpinBox>(dialog, "fontSizeBox");
    QCOMPARE(size->value(), 20);
    size->selectAll();
    QTest::keyClicks(size, QStringLiteral("9"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->preferencesDialog());
    QCOMPARE(Preferences::Preferences::load().editorFontSize, 20);

    // Restore Defaults, then OK: the system's font and colours again.
    dialog = openPreferences();
    QVERIFY(dialog);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QVERIFY(control<QCheckBox>(dialog, "systemFontBox")->isChecked());
    QVERIFY(!control<QSpinBox>(dialog, "fontSizeBox")->isEnabled());
    pressOk(dialog);
    QCOMPARE(Preferences::Preferences::load(), Preferences::Preferences());
    QCOMPARE(m_window->editor()->font().pointSizeF(),
             Preferences::Preferences().editorFont().pointSizeF());
    QVERIFY(!m_window->preview()->isDark());
    QTRY_COMPARE(previewThemeClass(), QStringLiteral("folio-light"));
}

void TestPreferences::proposeDialogTakesTheDefaults()
{
    Git::ProposeDialog::Input input;
    input.pages.append({QStringLiteral("content/handbook/_index.md"), QStringLiteral("Home")});
    input.defaultBranch = QStringLiteral("main");
    {
        // Without preferences: the handbook's settings (SA-HANDBOOK), the default branch.
        Git::ProposeDialog dialog(m_window->gitService(), input, m_window);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("proposeLabels"))->text(),
                 QStringLiteral("SA-HANDBOOK"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("proposeTarget"))->text(),
                 QStringLiteral("main"));
    }
    input.preferredLabels = {QStringLiteral("docs")};
    input.preferredTargetBranch = QStringLiteral("handbook-next");
    Git::ProposeDialog dialog(m_window->gitService(), input, m_window);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("proposeLabels"))->text(),
             QStringLiteral("docs"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("proposeTarget"))->text(),
             QStringLiteral("handbook-next"));
}

FOLIO_WEBENGINE_TEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
