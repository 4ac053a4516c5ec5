-- PATCH cancel with the minimal body, each request on a distinct cancellable order with its own
-- MS-RequestId. ORDER_IDS_FILE lists "customerId orderId" lines; thread n of WRK_THREADS takes every
-- n-th line, so no two requests touch the same order.
local threads = 0

function setup(thread)
    thread:set("thread_index", threads)
    threads = threads + 1
end

local orders = {}
local next_order = 0
local token

function init(args)
    token = os.getenv("TOKEN")
    local step = tonumber(os.getenv("WRK_THREADS"))
    local line_number = 0
    for line in io.lines(os.getenv("ORDER_IDS_FILE")) do
        if line_number % step == thread_index then
            orders[#orders + 1] = line
        end
        line_number = line_number + 1
    end
end

function request()
    next_order = next_order + 1
    -- Past the end the ids repeat: those answers are 400 (already cancelled) and wrk reports them as non-2xx.
    local customer, order = orders[(next_order - 1) % #orders + 1]:match("(%S+) (%S+)")
    local body = '{"id":"' .. order .. '","status":"cancelled"}'
    local headers = {
        ["Authorization"] = "Bearer " .. token,
        ["Accept"] = "application/json",
        ["Content-Type"] = "application/json",
        ["MS-Contract-Version"] = "v1",
        ["MS-RequestId"] = string.format("%08x-0000-4000-8000-%012x", thread_index, next_order),
        ["MS-CorrelationId"] = string.format("%08x-0000-4000-9000-%012x", thread_index, next_order),
    }
    return wrk.format("PATCH", "/v1/customers/" .. customer .. "/orders/" .. order, headers, body)
end
