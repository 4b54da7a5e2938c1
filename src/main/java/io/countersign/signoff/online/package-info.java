/**
 * The online sign-off's certificate of completion: {@link io.countersign.signoff.online.CompletionCertificate#complete}
 * fills the buyer's online decisions into the issued PDF's form and appends the certificate pages, as
 * an incremental update the server then seals with its signature. No HTTP or storage here: the
 * server records the decisions and hands them over as an {@link io.countersign.signoff.online.OnlineCompletion}.
 */
package io.countersign.signoff.online;
