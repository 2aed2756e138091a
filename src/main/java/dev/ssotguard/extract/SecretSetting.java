package dev.ssotguard.extract;

import dev.ssotguard.model.Location;

/**
 * A database setting whose value is not visible: {@code DATABASE_URL: ${{ secrets.DATABASE_URL }}},
 * an App Platform {@code EV[...]} or bindable {@code ${db.DATABASE_URL}}. It is a connection to
 * inventory, not to judge.
 *
 * @param reference what stands in for the value, as written (never a secret itself)
 */
public record SecretSetting(String key, String reference, Location location)
    implements SourceFact {}
