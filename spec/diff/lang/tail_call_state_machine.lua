-- a state machine where states tail-call each other
local count = { a = 0, b = 0, c = 0 }
local sa, sb, sc
function sa(n) count.a = count.a + 1; if n == 0 then return "end in a" end return sb(n - 1) end
function sb(n) count.b = count.b + 1; if n % 5 == 0 then return sc(n - 1) end return sa(n - 1) end
function sc(n) count.c = count.c + 1; return sa(n) end
print(sa(100000))
print(count.a, count.b, count.c)
