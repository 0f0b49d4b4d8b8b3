/** Layered configuration: documented keys with defaults and validators, loading, and typed options per verticle. */
package io.aerocast.config;
