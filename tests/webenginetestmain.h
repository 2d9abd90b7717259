#pragma once

#include "guiapplication.h"
#include "i18n/translations.h"

#include <QApplication>
#include <QTest>

// Like QTEST_MAIN, for tests that show the preview: the application is prepared as the
// window's is (URL scheme, compositing) before the QApplication exists. The tests read the
// window in English, with its plural forms ("1 change", "2 changes"), whatever the
// machine's language.
#define FOLIO_WEBENGINE_TEST_MAIN(TestClass)                                                       \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        Folio::App::prepareGuiApplication();                                                       \
        QApplication app(argc, argv);                                                              \
        Folio::App::setApplicationIdentity();                                                      \
        Folio::I18n::installTranslations(&app, QLocale(QLocale::English, QLocale::UnitedStates));  \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }

// Like QTEST_MAIN for widget tests without the preview, in English as above.
#define FOLIO_WIDGETS_TEST_MAIN(TestClass)                                                         \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QApplication app(argc, argv);                                                              \
        Folio::App::setApplicationIdentity();                                                      \
        Folio::I18n::installTranslations(&app, QLocale(QLocale::English, QLocale::UnitedStates));  \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
