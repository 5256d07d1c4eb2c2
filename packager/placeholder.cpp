// Placeholder so the library has a source until the packager lands.
namespace dossier::packager_placeholder {}
