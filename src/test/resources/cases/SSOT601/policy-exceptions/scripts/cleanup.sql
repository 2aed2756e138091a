delete from t;
