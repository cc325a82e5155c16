//! One hint to the memory allocator before a command reads large files, so that memory freed
//! by one step is reused by the next instead of being handed back to the system and asked
//! for again page by page.
//!
//! glibc's malloc gives blocks of 128 KB and more their own mapping and returns it to the
//! system when the block is freed. Reading a 2,000-question framework builds a few megabytes
//! of short-lived token lists that way; the report's thousands of small values then come from
//! fresh pages, each page costing a fault (2–4 µs on the reference machine, with the hour). Freeing a
//! large block that was never touched raises glibc's threshold to that block's size (its
//! documented dynamic threshold, up to 32 MB), so later large blocks come from the heap and
//! their pages are reused: some 1,350 fewer page faults for that report (see
//! docs/performance.md, "Sixth pass"). Elsewhere (musl, Windows, macOS) it is one allocation
//! freed untouched, a few microseconds.
//!
//! Must not: touch the block (that would cost the faults it saves), or run before the
//! wizard's first frame (it would only delay it).

/// Bigger than the largest short-lived block a framework within the loader's limits makes.
const BLOCK: usize = 16 << 20;

/// Asks the allocator to keep freed large blocks for reuse (see the module's notes).
pub fn keep_freed_memory() {
    let block: Vec<u8> = Vec::with_capacity(BLOCK);
    // Kept from being optimised away: allocating and freeing is the whole point.
    drop(std::hint::black_box(block));
}
