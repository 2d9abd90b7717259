#pragma once

#include "guiapplication.h"
#include "preview/previewschemehandler.h"

#include <QApplication>
#include <QTest>

// Like QTEST_MAIN, for tests that show the preview: Folio's URL scheme must be registered
// before the QApplication exists.
#define FOLIO_WEBENGINE_TEST_MAIN(TestClass)                                                       \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        Folio::Preview::PreviewSchemeHandler::registerScheme();                                    \
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                                \
        QApplication app(argc, argv);                                                              \
        Folio::App::setApplicationIdentity();                                                      \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
