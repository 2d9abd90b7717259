#pragma once

#include "guiapplication.h"

#include <QApplication>
#include <QTest>

// Like QTEST_MAIN, for tests that show the preview: the application is prepared as the
// window's is (URL scheme, compositing) before the QApplication exists.
#define FOLIO_WEBENGINE_TEST_MAIN(TestClass)                                                       \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        Folio::App::prepareGuiApplication();                                                       \
        QApplication app(argc, argv);                                                              \
        Folio::App::setApplicationIdentity();                                                      \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
