#pragma once

#include "guiapplication.h"
#include "i18n/translations.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

namespace Folio::Test {

// The application as the window's is, but in English with its plural forms ("1 change",
// "2 changes"), whatever the machine's language: the tests read the window's texts.
inline void setUpTestApplication(QApplication *application)
{
    Folio::App::setApplicationIdentity();
    Folio::I18n::installTranslations(application, QLocale(QLocale::English, QLocale::UnitedStates));
}

// Settings, journals and dictionaries in a folder of the test's own, never the user's: the
// window reads and writes under HOME and the XDG folders.
inline void useTemporaryHome(const QTemporaryDir &home)
{
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("HOME", home.path().toUtf8());
}

} // namespace Folio::Test

// Like QTEST_MAIN, for tests that show the preview: the application is prepared as the
// window's is (URL scheme, compositing) before the QApplication exists.
#define FOLIO_WEBENGINE_TEST_MAIN(TestClass)                                                       \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        Folio::App::prepareGuiApplication();                                                       \
        QApplication app(argc, argv);                                                              \
        Folio::Test::setUpTestApplication(&app);                                                   \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }

// Like QTEST_MAIN for widget tests without the preview.
#define FOLIO_WIDGETS_TEST_MAIN(TestClass)                                                         \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QApplication app(argc, argv);                                                              \
        Folio::Test::setUpTestApplication(&app);                                                   \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
