"""The release stage: classify spec changes, gate the version, record releases, build and publish."""
