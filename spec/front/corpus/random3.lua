-- Random program from gen-random.mjs (differential test vs luajit -bl).
for i0 = t:n(false, (#false), {x = nil ~= c; {}}), 1/0 and g:n(a[{}]) do repeat y = true
do next = {false; false; ...; z = "s"}
return -i0, {[false] = nil; z = ...; ...; z = false} end until 1e-3
pairs(g:m(0.5 .. nil, {i0}, function(p, ...) i0("s", false, true)
return i0[true], i0 end) and true, t[t]) end
x[0] = pairs
function t.f(p) c = -{}
for i1 = (b(b, nil)) / (1 < nil), (y.f), x do i1.x = i1:n() end
for k2, v3 in {[not t.f] = "t" ^ true < g["s"]; [#true ~= false] = a.f} do local function lf11(p, ...) x(-f)
g = 1e10 > nil
if function(...)  end then local l12, l13 = v3 elseif nil then  else  end
v3.x = pairs[false] end
return g:m(nil, a), function(p, q)  end, (k2) end end
repeat do function t:m(...) local l14, l15 end
for i16 = "t", {0, x = f ^ ..., [-false] = true and b}, not -32768 % -"t" do i16 = i16()
i16, pairs, i16 = nil
return  end
do for k17, v18 in ipairs(t) do v18, c[x.f], k17[c(not 256, false % "t", ... or "s")] = 32767, 0x10, "t"
return  end
g = t[b]
function t.f(...) local l19, l20 = "s", f, false end
repeat return  until true ~= true end
do local function lf21() return true + b, c.f, function(p, q)  end end
return nil == "s" end
return function(...)  end, 3.25 > "t", "s" end
if nil then while {z = b.f; false; not nil} do while not ... do  end
local l22, l23 = "s", nil, ... + false
local function lf24(p) do  end end
local l25, l26, l27 = ... <= 3.25, "t", l22[2]
return false, #"s" end
f = (nil)
while ... do a = y(g, ...) end elseif -t[nil] or not b.x then y = y.f
for i28 = (... and true), {"s" % true, nil, true, ["t" or x] = function(p)  end}, -1 do local function lf29()  end
local l30, l31 = i28[false], "t" and x, {x, i28, true} end
local l32 = next:n(g.f, c(false))
b, l32[l32:m(nil, "s", next)], l32.x = l32:m(function(p) l32(nil, false, f) end), function(...) repeat  until #255
l32("s", nil or next, -32768)
if b[1] then  elseif next.x then return  else for k33, v34 in ipairs(t) do return  end
return (t), ... - false end end, true end
t = {c("t" .. true, "s", pairs:m(true))}
local l35, l36 until -(true) <= {x = "t"; ["s"] = true; "s"} < function(p, ...)  end >= l35[x("s") <= "s" - "s"]
