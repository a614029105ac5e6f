#!/bin/sh
# instructions.sh [REV...]: the instructions one pass of extraction over IndoSum executes,
# counted by valgrind (callgrind) with garbage collection off, for the working tree and
# for each git revision given (checked out in a temporary worktree). A pass is the run of
# cmd/onepass with -passes 1 less the run with -passes 0 (reading the corpus, loading the
# gazetteer, the warm-up). Needs valgrind (apt install valgrind) and ../shared; takes
# about a minute a build. Each profile is left in /tmp/onepass.NAME.out for
# callgrind_annotate.
#
# With CACHE=1 it runs valgrind's cachegrind with its cache simulation instead (a few
# minutes a build) and prints, beside the instructions, the misses of the first-level
# instruction and data caches a pass; profiles in /tmp/onepass.NAME.cache.out, for
# cg_annotate --sort=I1mr. Instruction-cache misses are what instruction counts do not
# see: the rules' code is too large for the cache, and a pass that fetches it again and
# again runs fewer instructions a cycle.
set -eu
cd "$(dirname "$0")"
count() { # count BIN PASSES OUT
	GOGC=off GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 valgrind --tool=callgrind \
		--callgrind-out-file="$3" "$1" -passes "$2" 2>&1 >/dev/null |
		sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
misses() { # misses BIN PASSES OUT: "instructions I1-misses D1-misses"
	GOGC=off GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 valgrind --tool=cachegrind --cache-sim=yes \
		--cachegrind-out-file="$3" "$1" -passes "$2" 2>&1 >/dev/null | tr -d , |
		awk '/ I +refs:/ {i = $4} / I1 +misses:/ {m = $4} / D1 +misses:/ {d = $4} END {print i, m, d}'
}
measure() { # measure NAME (in the bench folder of the tree to measure)
	bin=$(mktemp /tmp/onepass.XXXXXX)
	go build -o "$bin" ./cmd/onepass
	if [ "${CACHE:-}" = 1 ]; then
		load=$(misses "$bin" 0 /dev/null)
		all=$(misses "$bin" 1 "/tmp/onepass.$1.cache.out")
		rm -f "$bin"
		echo "$load $all" | awk -v name="$1" '{printf "%s: %dM instructions, %.2fM instruction-cache misses, %.2fM data-cache misses a pass\n", name, ($4-$1)/1e6, ($5-$2)/1e6, ($6-$3)/1e6}'
		return
	fi
	load=$(count "$bin" 0 /dev/null)
	all=$(count "$bin" 1 "/tmp/onepass.$1.out")
	rm -f "$bin"
	echo "$1: $(((all - load) / 1000000))M instructions a pass ($((load / 1000000))M to load and warm up)"
}
measure worktree
for rev in "$@"; do
	# the revision in DIR/repo beside DIR/shared, a link to ../shared, which it reads
	dir=$(mktemp -d /tmp/onepass-wt.XXXXXX)
	git worktree add -q --detach "$dir/repo" "$rev"
	ln -s "$(cd ../.. && pwd)/shared" "$dir/shared"
	[ -d "$dir/repo/bench/cmd/onepass" ] || cp -r cmd/onepass "$dir/repo/bench/cmd/"
	(cd "$dir/repo/bench" && measure "$rev")
	git worktree remove --force "$dir/repo"
	rm -rf "$dir"
done
