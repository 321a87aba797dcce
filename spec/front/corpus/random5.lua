-- Random program from gen-random.mjs (differential test vs luajit -bl).
if next((#true) / f(true < nil, true), #c({["s"] = "s"; x = ...; false}, t[t], 32768 <= false)) then t = a[t:m(1e-3 >= 255)]
return true * ..., #c elseif true then for i0 = nil, {y = {("s"); y; x = (next); ("s")}}, c:m({a.x; x = {[0] = "s", [b] = ..., ["t"] = nil}}) do i0 = not "t"
function t:m() c = "t"
a = i0.x end
while (not true) do local l1, l2 = true or false
l2(..., nil)
if l1[b] then while ... do  end elseif function(p)  end then for k3, v4 in -32768 do  end end
while nil or g do  end end
return true - true, function() function t.x.y(...) local function lf5(p)  end end end end else x({[("s")] = #function(...) function t:m(p)  end end; {x = function(p, ...)  end, y = true}; y(); [a:n(g.f)] = "s"}, -f:n("s", ..., t))
while next:n() do f.x = x:m(pairs["s"], (1))
return 3.25, ("t"), nil end
if c then c = -next:n(2, ...)
local l6 = nil
local l7, l8
return l7.x, b, nil elseif (f) and g(1e10, ...) ~= ... then g.y = pairs[-32768 or false]
repeat for k9, v10 in false < false do v10.y = "s"
break end
t = nil < "s"
for k11, v12 in next, y[false] do  end
x = 32768 ^ nil
return "t" * true, c .. "t", a(false, nil) until b(y.x, nil, {["s"] = true, 0x10})
repeat repeat  until b()
g = ... until nil
if c % function(p, ...) return true / false, g(g), #f end then a(next:m(t), {false})
f()
for i13 = "s", true do local l14, l15, l16 end elseif false .. (nil) then local l17, l18, l19
y, l17, l19 = (a)
l19(l19) end end end
