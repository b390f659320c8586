package dev.claimgraph.cli;

import dev.claimgraph.store.ClaimStore;
import java.nio.file.Path;

/** Opens a store in a separate process and keeps it open until its stdin closes, for lock tests. */
public final class HoldStore {

    private HoldStore() {}

    public static void main(String[] args) throws Exception {
        try (ClaimStore store = ClaimStore.open(Path.of(args[0]))) {
            store.stats();
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() != -1) {
                // Held until the test closes our stdin.
            }
        }
    }
}
