package io.countersign.server.http;

import io.countersign.server.documents.PiIssuer;
import io.countersign.server.documents.PiOutputs;
import io.countersign.server.documents.ReturnIntake;
import io.countersign.server.documents.SettlementIssuer;
import io.countersign.server.jobs.BatchJobs;
import io.countersign.server.jobs.RenderPool;
import io.countersign.server.signoff.OnlineSignoff;
import io.countersign.server.store.ApiKeys;
import io.countersign.server.store.ContentStore;
import io.countersign.server.store.DocumentRegistry;
import io.countersign.server.store.Records;
import io.countersign.server.webhooks.Webhooks;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** What the HTTP layer works with: the document services, the registry and store, limits, and where requests may put files. */
public record Services(PiIssuer pis, PiOutputs outputs, SettlementIssuer settlements, ReturnIntake returns, BatchJobs batches,
                       OnlineSignoff signoff, DocumentRegistry registry, Records records, ContentStore store, RenderPool pool, ApiKeys keys,
                       Limits limits, Path scratch, BooleanSupplier draining, Webhooks webhooks, Optional<URI> publicUrl) {
}
