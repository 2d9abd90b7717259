#include "guiapplication.h"

#include "core/versions.h"
#include "git/gitlibrary.h"
#include "mainwindow/mainwindow.h"
#include "preview/previewschemehandler.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

namespace Folio::App {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("folio"));
    QCoreApplication::setApplicationVersion(Versions::current().folio);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Folio"));
    QGuiApplication::setDesktopFileName(QStringLiteral("folio"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/folio.svg")));
}

int runGui(int argc, char *argv[])
{
    const Git::GitLibrary git;

    // Both must happen before the QApplication exists.
    Preview::PreviewSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);

    QApplication app(argc, argv);
    setApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop editor for Markdown handbooks"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("path"),
        QCoreApplication::translate("main", "A handbook folder, or a page in one."),
        QStringLiteral("[PATH]"));
    parser.process(app);

    MainWindow window;
    window.show();
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        window.openDemoHandbook();
    else
        window.openPath(paths.first());
    return QApplication::exec();
}

} // namespace Folio::App
