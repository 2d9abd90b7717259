# The Debian package: `cpack -G DEB` in the build folder writes folio_VERSION-1_ARCH.deb with
# everything `cmake --install` installs under /usr (scripts/test-package.sh checks it).
# Against Debian 12's own Qt and libraries: their packages are the dependencies.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME folio)
set(CPACK_PACKAGE_VENDOR "Folio developers")
set(CPACK_PACKAGE_CONTACT "Folio developers <developers@folio.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop editor for Markdown handbooks")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION editors)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# CPack puts the summary above as the synopsis line, indents this text below it and turns its
# empty lines into " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Folio edits company handbooks written as Markdown pages with YAML front
matter in a git repository, in the layouts of Middleman (kramdown) and Hugo
(Goldmark) sites. One window holds the page tree, an editor and a live preview
that renders the page as the handbook site does, a form for the front matter,
spelling, link and front-matter checks while typing, and a Changes panel to
review, commit, branch, merge and discard changes and to propose pages as a
GitLab merge request.

The folio command line runs the same code for scripts and CI: render a page
as HTML, read or edit its front matter, search a handbook, check pages and
propose them as a merge request.")

# Dependencies on shared libraries come from dpkg-shlibdeps (packages dpkg-dev and file). The
# window is a module in Folio's private library folder, loaded with dlopen(); shlibdeps reads
# its libraries like the executable's, and is told the folder in case a library is added there.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS
    ".${CPACK_PACKAGING_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}/folio")
# What Folio loads at run time that no library of it names, put before shlibdeps' list:
# libqt6svg6, the SVG icon engine and image plugins that draw the window's icon. Not needed
# here: the X11 platform plugin is in libqt6gui6 (Debian 12's qt6-qpa-plugins holds only VNC
# and TUIO), and QtWebEngineProcess, the preview's renderer process, in
# libqt6webenginecore6-bin, which the shlibs of libQt6WebEngineCore name.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# Installed by default, but Folio runs without them: a dictionary for spelling (checks without
# one report it), Qt's own translations of its dialogs, the native Wayland platform plugin
# (else XWayland), and xdg-open for the links the window opens in a browser.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "hunspell-en-us | hunspell-dictionary, qt6-translations-l10n, qt6-wayland, xdg-utils")
# HTTPS tokens are kept in the desktop's keychain (Secret Service) when there is one.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring")

include(CPack)
