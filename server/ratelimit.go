package server

import (
	"net"
	"sync"
	"time"
)

// rateLimiter is a token bucket per source address: each address may open
// burst connections at once and then rate per second.
//
// It is written here rather than taken from wish's ratelimiter middleware
// for two reasons: it runs before the SSH handshake (a refused client
// costs one accept and one close, no key exchange), and IPv6 addresses are
// counted per /64, since one host commonly holds a whole /64.
type rateLimiter struct {
	rate  float64
	burst float64
	now   func() time.Time

	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

// maxBuckets bounds the limiter's memory under a spray of addresses.
const maxBuckets = 16384

func newRateLimiter(rate float64, burst int) *rateLimiter {
	return &rateLimiter{rate: rate, burst: float64(burst), now: time.Now, buckets: map[string]*bucket{}}
}

// allow takes a token for addr's source, reporting false when none is left.
func (r *rateLimiter) allow(addr net.Addr) bool {
	key := sourceKey(addr)
	now := r.now()
	r.mu.Lock()
	defer r.mu.Unlock()
	b, ok := r.buckets[key]
	if !ok {
		if len(r.buckets) >= maxBuckets {
			r.prune(now)
		}
		b = &bucket{tokens: r.burst, last: now}
		r.buckets[key] = b
	}
	b.tokens = min(r.burst, b.tokens+now.Sub(b.last).Seconds()*r.rate)
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// prune drops the buckets that have refilled (they hold no memory of
// anything), and if that is not enough, all of them: forgetting is the
// safe failure for a limiter under a flood of distinct addresses.
func (r *rateLimiter) prune(now time.Time) {
	for k, b := range r.buckets {
		if b.tokens+now.Sub(b.last).Seconds()*r.rate >= r.burst {
			delete(r.buckets, k)
		}
	}
	if len(r.buckets) >= maxBuckets {
		clear(r.buckets)
	}
}

// sourceKey is the address a client is counted under: its IPv4 address,
// or the /64 of its IPv6 address.
func sourceKey(addr net.Addr) string {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok {
		return addr.String()
	}
	if v4 := tcp.IP.To4(); v4 != nil {
		return v4.String()
	}
	return tcp.IP.Mask(net.CIDRMask(64, 128)).String() + "/64"
}
