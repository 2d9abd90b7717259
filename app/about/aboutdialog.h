#pragma once

#include "core/versions.h"

#include <QDialog>

class QPushButton;

namespace Folio::About {

// Help > About Folio: what Folio is, and the versions of the libraries it runs on, which a
// bug report needs; Copy puts them on the clipboard as plain text.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const Versions &versions, QWidget *parent = nullptr);

    // The versions as plain text, one "name version" per line.
    [[nodiscard]] static QString versionsText(const Versions &versions);

private:
    Versions m_versions;
};

} // namespace Folio::About
