package org.nearpeer.events;

/**
 * Marker for the payload of a published fact. Implementations are records named in the past
 * tense; they carry pseudonymous participant ids only, never names or e-mail addresses.
 */
public interface NearpeerEvent {
}
