package org.p2mdbg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.p2mdbg.cli.Cli.example;
import static org.p2mdbg.cli.Cli.run;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.cli.Cli.Result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code translate --dfn N --device X}: a device's view of a DMA frame, each IOMMU entry decoded in its own format. */
class TranslateDfnTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test void aVtdWalkHasFourLevelsAndEndsAtThePageTheDeviceStillMaps() {
        // seed003-dma-after-free: nic0 keeps dfn 0x80000 -> MFN 0x40002; indices 0, 2, 0, 0 of 0x80000 at levels 4..1
        Result r = run("translate", example("seed003-dma-after-free.p2m"), "--domain", "guest", "--dfn", "0x80000", "--device", "nic0");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().filter(l -> l.startsWith("level") || l.startsWith("mapped") || l.startsWith("dfn")).toList();
        assertEquals(List.of(
                "dfn 0x80000 of nic0 (vtd, guest): walk from the level-4 table at mfn 0x40008",
                "level 4  table 0x40008  index 0  descriptor 0x0000000040009003  next-level table",
                "level 3  table 0x40009  index 2  descriptor 0x000000004000a003  next-level table",
                "level 2  table 0x4000a  index 0  descriptor 0x000000004000b003  next-level table",
                "level 1  table 0x4000b  index 0  descriptor 0x0000000040002803  4 KiB page",
                "mapped: mfn 0x40002, rw"), lines);
        assertTrue(r.out().contains("    SNP        [11]     = 0x1          snooped"), r.out());
        // the unmapped dfn 0x80001: its level-1 entry is 0
        Result unmapped = run("translate", example("seed003-dma-after-free.p2m"), "--domain", "guest", "--dfn", "0x80001", "--device", "nic0");
        assertTrue(unmapped.out().contains("level 1  table 0x4000b  index 1  descriptor 0x0000000000000000  not present"), unmapped.out());
        assertTrue(unmapped.out().endsWith("not mapped\n"), unmapped.out());
    }

    @Test void anAmdViWalkAsJson() throws IOException {
        // the last order-9 block of nic0: a PV domain's 3-level tables, indices 2, 1, 0 of dfn 0x80200
        Result r = run("translate", example("seed003-iommu-flush-amdvi.p2m"), "--domain", "guest", "--dfn", "0x80200", "--device", "nic0",
                "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode o = JSON.readTree(r.out());
        assertEquals("amdvi", o.get("iommu").asText());
        assertEquals(3, o.get("steps").size());
        assertEquals("0x6000000040004401", o.get("steps").get(0).get("descriptor").asText());
        assertEquals("level-2 table", o.get("steps").get(0).get("kind").asText());
        assertEquals(1, o.get("steps").get(1).get("index").asInt());
        assertEquals("0x7000000080200001", o.get("steps").get(2).get("descriptor").asText());
        assertEquals("0x80200", o.get("mfn").asText());
        assertEquals("rw", o.get("access").asText());
    }

    @Test void aDfnNeedsItsDeviceAndTheDeviceItsDomain() {
        Result alone = run("translate", example("seed003-dma-after-free.p2m"), "--domain", "guest", "--dfn", "0x80000");
        assertEquals(2, alone.code());
        assertEquals("--dfn and --device go together: a device frame number is walked through that device's tables\n", alone.err());
        Result unknown = run("translate", example("seed003-dma-after-free.p2m"), "--domain", "guest", "--dfn", "0x80000", "--device", "gpu9");
        assertEquals(2, unknown.code());
        assertEquals("no device 'gpu9' in the scenario (known: nic0)\n", unknown.err());
        Result other = run("translate", example("seed003-iommu-flush-vtd.p2m"), "--domain", "guest", "--dfn", "0x1000", "--device", "gpu0");
        assertEquals(2, other.code());
        assertEquals("device gpu0 belongs to dom0, not guest\n", other.err());
        Result none = run("translate", example("thin-slice.p2m"), "--domain", "guest", "--dfn", "0x1", "--device", "nic0");
        assertEquals(2, none.code());
        assertEquals("the scenario declares no device: no IOMMU tables to walk\n", none.err());
    }
}
