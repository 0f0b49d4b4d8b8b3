/** The HTTP API: routes, JSON errors, health. */
package io.aerocast.web;
