package dev.ssotguard.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One validated upload: the repository, the commit it scanned, and the report with the inventory.
 *
 * @param blobBase where the scanned commit's files are on the forge ({@code
 *     https://github.com/acme/api/blob/SHA}), or null
 * @param inventory the inventory, or null when the upload had none
 * @param digest SHA-256 of the report as sent: the same report of the same commit is one scan
 */
public record Upload(
    String owner,
    String name,
    String branch,
    String commit,
    Instant scannedAt,
    String toolVersion,
    String blobBase,
    JsonNode report,
    JsonNode inventory,
    String digest) {}
