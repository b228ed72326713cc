-- A caller's token bucket, shared by every gateway instance (SharedCallerRateLimit): grants up to the requested
-- number of calls at once, as many as the bucket holds, on Redis' clock. The bucket is Spring Cloud Gateway's
-- request_rate_limiter.lua's (same keys, same refill); it differs only in granting part of a request.
-- KEYS: tokens key, timestamp key. ARGV: rate (calls a second), capacity (burst), requested.
-- Returns { granted, tokens left (rounded down) }.
redis.replicate_commands()

local tokens_key = KEYS[1]
local timestamp_key = KEYS[2]

local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local requested = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) + tonumber(time[2]) / 1000000

local fill_time = capacity / rate
local ttl = math.max(1, math.ceil(fill_time * 2))

local last_tokens = tonumber(redis.call('get', tokens_key)) or capacity
local last_refreshed = tonumber(redis.call('get', timestamp_key)) or 0

local delta = math.max(0, now - last_refreshed)
local filled_tokens = math.min(capacity, last_tokens + (delta * rate))
local granted = math.min(requested, math.floor(filled_tokens))
local new_tokens = filled_tokens - granted

redis.call('setex', tokens_key, ttl, string.format('%.6f', new_tokens))
redis.call('setex', timestamp_key, ttl, string.format('%.6f', now))

return { granted, math.floor(new_tokens) }
