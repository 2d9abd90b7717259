#include "git/credentialprovider.h"

namespace Folio::Git {

// Out of line so the vtable lives in one object file.
CredentialProvider::~CredentialProvider() = default;

} // namespace Folio::Git
