//! JSON text as people read it, for the command line and the page alike: whole numbers
//! without `.0` (`"averageOrderValue": 80`, as the browser's `JSON.stringify` writes them),
//! on one line or indented.
//!
//! One formatter type decides compact or indented at run time, so each output type's
//! `Serialize` is compiled once into the wasm rather than once per layout.

use serde::Serialize;
use std::io;

/// `value` as JSON text, indented by `indent` spaces per level (0: on one line).
pub fn to_text<T: Serialize + ?Sized>(value: &T, indent: usize) -> String {
    let mut out = Vec::with_capacity(256);
    let formatter = Layout {
        indent,
        level: 0,
        has_value: false,
    };
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
    // Serialising our own types into memory fails only on a map with non-string keys,
    // which none of them has; the text would then be `null`, never a panic.
    if value.serialize(&mut serializer).is_err() {
        return "null".into();
    }
    String::from_utf8(out).unwrap_or_else(|_| "null".into())
}

/// serde_json's compact and pretty layouts in one type, chosen by `indent`.
struct Layout {
    indent: usize,
    level: usize,
    has_value: bool,
}

impl Layout {
    fn newline<W: ?Sized + io::Write>(&self, w: &mut W) -> io::Result<()> {
        if self.indent == 0 {
            return Ok(());
        }
        w.write_all(b"\n")?;
        for _ in 0..self.level * self.indent {
            w.write_all(b" ")?;
        }
        Ok(())
    }

    fn open<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level -= 1;
        if self.has_value {
            self.newline(w)?;
        }
        w.write_all(bracket)
    }

    fn item<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        self.newline(w)
    }
}

impl serde_json::ser::Formatter for Layout {
    /// A whole number within f64's exact integers is written as one (`80`, not `80.0`).
    fn write_f64<W: ?Sized + io::Write>(&mut self, w: &mut W, value: f64) -> io::Result<()> {
        const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
        if value.fract() == 0.0 && value.abs() < EXACT {
            // `-0.0` reads as 0 in JSON either way; write it as `0`.
            let mut buffer = itoa::Buffer::new();
            return w.write_all(buffer.format(value as i64).as_bytes());
        }
        let mut buffer = zmij::Buffer::new();
        w.write_all(buffer.format_finite(value).as_bytes())
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(w, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(w, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(if self.indent == 0 { b":" } else { b": " })
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::to_text;
    use serde_json::json;

    #[test]
    fn whole_numbers_lose_their_point_and_layouts_match_serde_json() {
        let value = json!({"aov": 80.0, "rate": 0.45, "big": 1e21, "neg": -0.0, "list": [1.5, 2.0], "empty": [], "none": {}, "name": "« a »"});
        assert_eq!(
            to_text(&value, 0),
            r#"{"aov":80,"big":1e+21,"empty":[],"list":[1.5,2],"name":"« a »","neg":0,"none":{},"rate":0.45}"#
        );
        let pretty = to_text(&value, 2);
        assert_eq!(
            pretty,
            serde_json::to_string_pretty(&value)
                .unwrap()
                .replace("80.0", "80")
                .replace("2.0", "2")
                .replace("-0.0", "0")
        );
        // What is written reads back as the same numbers.
        let back: serde_json::Value = serde_json::from_str(&pretty).unwrap();
        assert_eq!(back["aov"].as_f64(), Some(80.0));
        assert_eq!(back["big"].as_f64(), Some(1e21));
    }
}

/// `value` read as a `T`, or `None` when it does not fit (a wrong type, a missing required
/// field). What serde_json's own `from_value` does, without its error messages (formatting
/// them would bring core's float printing, about 17 KB, into the wasm for a message nobody
/// reads) and with structs read from objects only.
pub fn read<T: serde::de::DeserializeOwned>(value: &serde_json::Value) -> Option<T> {
    T::deserialize(Reader(value)).ok()
}

/// A `serde_json::Value` as a serde deserializer whose errors carry no message.
struct Reader<'a>(&'a serde_json::Value);

/// Why a value did not fit: not said (see [`read`]).
#[derive(Debug)]
struct Misfit;

impl std::fmt::Display for Misfit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the value does not fit")
    }
}

impl std::error::Error for Misfit {}

/// Every constructor overridden: the defaults format their arguments, which would keep the
/// float printing in the wasm even though the message is dropped.
impl serde::de::Error for Misfit {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Misfit
    }
    fn invalid_type(_: serde::de::Unexpected, _: &dyn serde::de::Expected) -> Self {
        Misfit
    }
    fn invalid_value(_: serde::de::Unexpected, _: &dyn serde::de::Expected) -> Self {
        Misfit
    }
    fn invalid_length(_: usize, _: &dyn serde::de::Expected) -> Self {
        Misfit
    }
    fn unknown_variant(_: &str, _: &'static [&'static str]) -> Self {
        Misfit
    }
    fn unknown_field(_: &str, _: &'static [&'static str]) -> Self {
        Misfit
    }
    fn missing_field(_: &'static str) -> Self {
        Misfit
    }
    fn duplicate_field(_: &'static str) -> Self {
        Misfit
    }
}

/// An object's entries to `v`, all of them read.
fn visit_object<'de, V: serde::de::Visitor<'de>>(
    map: &'de serde_json::Map<String, serde_json::Value>,
    v: V,
) -> Result<V::Value, Misfit> {
    let entries = map.iter().map(|(k, x)| (k.as_str(), Reader(x)));
    let mut map = serde::de::value::MapDeserializer::new(entries);
    let out = v.visit_map(&mut map)?;
    map.end()?;
    Ok(out)
}

impl<'de> serde::de::IntoDeserializer<'de, Misfit> for Reader<'de> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

impl<'de> serde::Deserializer<'de> for Reader<'de> {
    type Error = Misfit;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, v: V) -> Result<V::Value, Misfit> {
        use serde::de::value::SeqDeserializer;
        use serde_json::Value;
        match self.0 {
            Value::Null => v.visit_unit(),
            Value::Bool(b) => v.visit_bool(*b),
            Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => v.visit_u64(u),
                (None, Some(i)) => v.visit_i64(i),
                _ => v.visit_f64(n.as_f64().unwrap_or(f64::NAN)),
            },
            Value::String(s) => v.visit_borrowed_str(s),
            Value::Array(list) => {
                let mut seq = SeqDeserializer::new(list.iter().map(Reader));
                let out = v.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(out)
            }
            Value::Object(map) => visit_object(map, v),
        }
    }

    fn deserialize_option<V: serde::de::Visitor<'de>>(self, v: V) -> Result<V::Value, Misfit> {
        match self.0 {
            serde_json::Value::Null => v.visit_none(),
            _ => v.visit_some(self),
        }
    }

    /// A struct from an object only: serde_json also reads one from an array, by position,
    /// which no saved state holds; refusing it keeps each struct's by-position reader out of
    /// the wasm.
    fn deserialize_struct<V: serde::de::Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Misfit> {
        match self.0 {
            serde_json::Value::Object(map) => visit_object(map, v),
            _ => Err(Misfit),
        }
    }

    fn deserialize_newtype_struct<V: serde::de::Visitor<'de>>(
        self,
        _name: &'static str,
        v: V,
    ) -> Result<V::Value, Misfit> {
        v.visit_newtype_struct(self)
    }

    /// Enums are written as their variant's name (the `coded!` enums have no data).
    fn deserialize_enum<V: serde::de::Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Misfit> {
        use serde::de::IntoDeserializer;
        match self.0 {
            serde_json::Value::String(s) => v.visit_enum(s.as_str().into_deserializer()),
            _ => Err(Misfit),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple
        tuple_struct map identifier ignored_any
    }
}
