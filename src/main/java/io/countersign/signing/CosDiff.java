package io.countersign.signing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

/**
 * Deep comparison of PDF objects between a signed revision and the current file. Objects are
 * compared by what they hold, not where they are; an indirect object whose cross-reference entry
 * is the same in both (same number, same file offset) is the very same bytes and is not read
 * again, so comparing an incrementally updated file touches only what the updates redefined.
 * Back-pointers (/Parent, /P) are not followed. Streams compare their dictionaries and their raw
 * (still encoded) bytes.
 */
final class CosDiff {
    private static final Set<COSName> BACK_POINTERS = Set.of(COSName.PARENT, COSName.P);

    private final Map<COSObjectKey, Long> before;
    private final Map<COSObjectKey, Long> after;
    private final Set<String> inProgress = new HashSet<>();
    /** Pairs of indirect objects already compared and whether they differ: shared objects (fonts, images) are compared once. */
    private final Map<String, Boolean> compared = new java.util.HashMap<>();

    CosDiff(COSDocument before, COSDocument after) {
        this.before = before.getXrefTable();
        this.after = after.getXrefTable();
    }

    /** Where {@code a} and {@code b} first differ (e.g. {@code /Font/F3}), or empty when they hold the same. */
    Optional<String> diff(COSBase a, COSBase b) {
        return diff(a, b, "", Set.of());
    }

    /** As {@link #diff(COSBase, COSBase)}, for dictionaries, leaving out {@code ignored} keys at the top level. */
    Optional<String> diff(COSBase a, COSBase b, Set<COSName> ignored) {
        return diff(a, b, "", ignored);
    }

    /** The top-level keys whose values differ between two dictionaries, {@code ignored} left out. */
    Set<String> differingKeys(COSDictionary a, COSDictionary b, Set<COSName> ignored) {
        Set<String> keys = new TreeSet<>();
        Set<COSName> all = new HashSet<>(a.keySet());
        all.addAll(b.keySet());
        for (COSName key : all) {
            if (!ignored.contains(key) && !BACK_POINTERS.contains(key) && diff(a.getItem(key), b.getItem(key), "/" + key.getName(), Set.of()).isPresent()) {
                keys.add("/" + key.getName());
            }
        }
        return keys;
    }

    /** The object behind {@code base}, or null for a missing, null or dangling reference. */
    static COSBase resolve(COSBase base) {
        COSBase b = base instanceof COSObject o ? o.getObject() : base;
        return b instanceof COSNull ? null : b;
    }

    private Optional<String> diff(COSBase a, COSBase b, String path, Set<COSName> ignored) {
        if (a instanceof COSObject oa && b instanceof COSObject ob) {
            COSObjectKey ka = oa.getKey();
            COSObjectKey kb = ob.getKey();
            if (ka != null && ka.equals(kb) && unchanged(ka)) {
                return Optional.empty();
            }
            String pair = ka + "|" + kb;
            Boolean differs = compared.get(pair);
            if (differs != null) {
                return differs ? Optional.of(path.isEmpty() ? "/" : path) : Optional.empty();
            }
            // A cycle (annotation ↔ popup, outline items …) is equal unless proven otherwise elsewhere.
            if (!inProgress.add(pair)) {
                return Optional.empty();
            }
            Optional<String> result = contents(resolve(a), resolve(b), path, ignored);
            inProgress.remove(pair);
            if (ignored.isEmpty()) {
                compared.put(pair, result.isPresent());
            }
            return result;
        }
        return contents(resolve(a), resolve(b), path, ignored);
    }

    private Optional<String> contents(COSBase x, COSBase y, String path, Set<COSName> ignored) {
        if (x == null || y == null) {
            return x == y ? Optional.empty() : Optional.of(path.isEmpty() ? "/" : path);
        }
        String here = path.isEmpty() ? "/" : path;
        if (x instanceof COSNumber nx && y instanceof COSNumber ny) {
            boolean same = nx instanceof COSInteger && ny instanceof COSInteger ? nx.longValue() == ny.longValue()
                    : Float.compare(nx.floatValue(), ny.floatValue()) == 0;
            return same ? Optional.empty() : Optional.of(here);
        }
        if (x.getClass() != y.getClass()) {
            return Optional.of(here);
        }
        if (x instanceof COSStream sx) {
            Optional<String> dict = dictionary(sx, (COSStream) y, path, Set.of(COSName.LENGTH));
            if (dict.isPresent()) {
                return dict;
            }
            return Arrays.equals(raw(sx), raw((COSStream) y)) ? Optional.empty() : Optional.of(here + " (stream data)");
        }
        if (x instanceof COSDictionary dx) {
            return dictionary(dx, (COSDictionary) y, path, ignored);
        }
        if (x instanceof COSArray ax) {
            COSArray ay = (COSArray) y;
            if (ax.size() != ay.size()) {
                return Optional.of(here);
            }
            for (int i = 0; i < ax.size(); i++) {
                Optional<String> d = diff(ax.get(i), ay.get(i), path + "[" + i + "]", Set.of());
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        if (x instanceof COSString s) {
            return Arrays.equals(s.getBytes(), ((COSString) y).getBytes()) ? Optional.empty() : Optional.of(here);
        }
        return x.equals(y) ? Optional.empty() : Optional.of(here);
    }

    private Optional<String> dictionary(COSDictionary x, COSDictionary y, String path, Set<COSName> ignored) {
        Set<COSName> keys = new TreeSet<>((p, q) -> p.getName().compareTo(q.getName()));
        keys.addAll(x.keySet());
        keys.addAll(y.keySet());
        for (COSName key : keys) {
            if (ignored.contains(key) || BACK_POINTERS.contains(key)) {
                continue;
            }
            Optional<String> d = diff(x.getItem(key), y.getItem(key), path + "/" + key.getName(), Set.of());
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** Same cross-reference entry in both revisions: the object was not redefined by a later update. */
    private boolean unchanged(COSObjectKey key) {
        Long b = before.get(key);
        Long a = after.get(key);
        if (b == null || !b.equals(a)) {
            return false;
        }
        if (b >= 0) {
            return true;
        }
        // In an object stream: unchanged only if that stream itself is.
        COSObjectKey stream = new COSObjectKey(-b, 0);
        Long sb = before.get(stream);
        return sb != null && sb >= 0 && sb.equals(after.get(stream));
    }

    private static byte[] raw(COSStream s) {
        try (InputStream in = s.createRawInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            // An unreadable stream in either revision is a difference the report must show.
            return ("unreadable:" + System.identityHashCode(s)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
    }
}
