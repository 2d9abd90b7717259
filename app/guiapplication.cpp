#include "guiapplication.h"

#include "appearance/systemcolorscheme.h"
#include "core/versions.h"
#include "git/gitlibrary.h"
#include "i18n/translations.h"
#include "mainwindow/mainwindow.h"
#include "preview/previewschemehandler.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QQuickWindow>

namespace Folio::App {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("folio"));
    QCoreApplication::setApplicationVersion(Versions::current().folio);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Folio"));
    // The application id, the reverse-DNS name of the project's homepage folio.invalid, names
    // the desktop file, the AppStream metainfo and the icon (packaging/): Wayland compositors
    // and task bars find the window's desktop file, and so its name and icon, through it.
    const QString applicationId = QStringLiteral("invalid.folio.Folio");
    QGuiApplication::setDesktopFileName(applicationId);
    // The installed icon theme's icon first (hicolor, or a theme's own), else the built-in one.
    QGuiApplication::setWindowIcon(
        QIcon::fromTheme(applicationId, QIcon(QStringLiteral(":/icons/folio.svg"))));
}

// The preview is a static page: compositing it on the GPU brings nothing a reader sees, but
// loading a GL driver costs the process about 100 MB (llvmpipe and LLVM without a GPU) and
// exposes it to GPU driver crashes. Chromium rasterizes in software either way. FOLIO_GPU=1
// restores Qt's and Chromium's defaults.
namespace {

void useSoftwareCompositing()
{
    if (qEnvironmentVariableIntValue("FOLIO_GPU") != 0) {
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
        return;
    }
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    // On X11, Qt probes GLX at start-up, which alone loads the driver.
    if (!qEnvironmentVariableIsSet("QT_XCB_GL_INTEGRATION"))
        qputenv("QT_XCB_GL_INTEGRATION", "none");
}

} // namespace

void prepareGuiApplication()
{
    Preview::PreviewSchemeHandler::registerScheme();
    useSoftwareCompositing();
}

int runGui(int argc, char *argv[])
{
    const Git::GitLibrary git;

    prepareGuiApplication();

    QApplication app(argc, argv);
    setApplicationIdentity();
    I18n::installTranslations(&app);
    (new Appearance::SystemColorScheme(&app))->start();

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
