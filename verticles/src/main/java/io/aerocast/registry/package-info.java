/** The model registry: versioned model directories on disk, written atomically, verified on load. */
package io.aerocast.registry;
